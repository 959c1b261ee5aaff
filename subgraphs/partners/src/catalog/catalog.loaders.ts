import { byKey, groupByKey, type RequestContext } from "@psg/shared";
import { In } from "typeorm";
import { Competency } from "./competency.entity";
import { CompetencyRequirement } from "./competency-requirement.entity";
import { EngagementType } from "./engagement-type.entity";
import { Exam } from "./exam.entity";
import { Offering } from "./offering.entity";

/** Per-request batched reads of the catalog: one statement per kind of row. */
export const catalogLoaders = (ctx: RequestContext) => ({
  competency: ctx.loaders.get<string, Competency | null>("competencyByCode", async (codes) =>
    byKey(codes, await ctx.db.getRepository(Competency).findBy({ code: In([...codes]) }), (c) => c.code),
  ),
  examsOfCompetency: ctx.loaders.get<string, Exam[]>("examsByCompetency", async (codes) =>
    groupByKey(
      codes,
      await ctx.db.getRepository(Exam).find({ where: { competencyCode: In([...codes]) }, order: { code: "ASC" } }),
      (e) => e.competencyCode,
    ),
  ),
  exam: ctx.loaders.get<string, Exam | null>("examByCode", async (codes) =>
    byKey(codes, await ctx.db.getRepository(Exam).findBy({ code: In([...codes]) }), (e) => e.code),
  ),
  offering: ctx.loaders.get<string, Offering | null>("offeringByCode", async (codes) =>
    byKey(codes, await ctx.db.getRepository(Offering).findBy({ code: In([...codes]) }), (o) => o.code),
  ),
  engagementType: ctx.loaders.get<string, EngagementType | null>("engagementTypeById", async (ids) =>
    byKey(ids, await ctx.db.getRepository(EngagementType).findBy({ id: In([...ids]) }), (t) => t.id),
  ),
  engagementTypesOfOffering: ctx.loaders.get<string, EngagementType[]>("engagementTypesByOffering", async (codes) =>
    groupByKey(
      codes,
      await ctx.db.getRepository(EngagementType).find({ where: { offeringCode: In([...codes]) }, order: { name: "ASC" } }),
      (t) => t.offeringCode,
    ),
  ),
  requirementsOf: ctx.loaders.get<string, CompetencyRequirement[]>("requirementsByEngagementType", async (ids) =>
    groupByKey(
      ids,
      await ctx.db
        .getRepository(CompetencyRequirement)
        .find({ where: { engagementTypeId: In([...ids]) }, order: { competencyCode: "ASC" } }),
      (r) => r.engagementTypeId,
    ),
  ),
});
