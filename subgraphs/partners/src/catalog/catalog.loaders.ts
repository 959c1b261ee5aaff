import type { RequestContext } from "@psg/shared";
import { type CatalogSnapshot, catalogCache } from "./catalog.cache";
import type { Competency } from "./competency.entity";
import type { CompetencyRequirement } from "./competency-requirement.entity";
import type { EngagementType } from "./engagement-type.entity";
import type { Exam } from "./exam.entity";
import type { Offering } from "./offering.entity";

type Lookup<V> = (snapshot: CatalogSnapshot) => Map<string, V>;

/** The catalog from this process's cache, behind the same per-request loaders as other reads. */
export const catalogLoaders = (ctx: RequestContext) => {
  const one = <V>(name: string, lookup: Lookup<V>) =>
    ctx.loaders.get<string, V | null>(name, async (keys) => {
      const map = lookup(await catalogCache(ctx.db.connection).get());
      return keys.map((k) => map.get(k) ?? null);
    });
  const many = <V>(name: string, lookup: Lookup<V[]>) =>
    ctx.loaders.get<string, V[]>(name, async (keys) => {
      const map = lookup(await catalogCache(ctx.db.connection).get());
      return keys.map((k) => map.get(k) ?? []);
    });
  return {
    competency: one<Competency>("competencyByCode", (s) => s.competencyByCode),
    examsOfCompetency: many<Exam>("examsByCompetency", (s) => s.examsOfCompetency),
    exam: one<Exam>("examByCode", (s) => s.examByCode),
    offering: one<Offering>("offeringByCode", (s) => s.offeringByCode),
    engagementType: one<EngagementType>("engagementTypeById", (s) => s.engagementTypeById),
    engagementTypesOfOffering: many<EngagementType>("engagementTypesByOffering", (s) => s.engagementTypesOfOffering),
    requirementsOf: many<CompetencyRequirement>("requirementsByEngagementType", (s) => s.requirementsOf),
    /** Every offering (by code) or competency (by name). */
    offerings: async (): Promise<Offering[]> => (await catalogCache(ctx.db.connection).get()).offerings,
    competencies: async (): Promise<Competency[]> => (await catalogCache(ctx.db.connection).get()).competencies,
  };
};
