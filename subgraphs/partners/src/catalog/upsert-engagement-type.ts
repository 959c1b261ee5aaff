import { DomainError, missing, type RequestContext, recordChange, requireId } from "@psg/shared";
import { catalogLoaders } from "./catalog.loaders";
import { checkCode, checkEngagementTypeShape, checkName } from "./catalog.rules";
import type { UpsertEngagementTypeInput } from "./catalog.type";
import { CompetencyRequirement } from "./competency-requirement.entity";
import { EngagementType } from "./engagement-type.entity";

const engagementTypeMissing = missing("Engagement type");

/** An engagement type of an offering, with the competencies that qualify for it: created, or replaced by id. */
export async function upsertEngagementType(ctx: RequestContext, input: UpsertEngagementTypeInput): Promise<EngagementType> {
  checkName("Engagement type", input.name);
  checkCode("Offering", input.offeringCode);
  const levels = [...new Set(input.allowedServiceLevels)].sort((a, b) => a - b);
  checkEngagementTypeShape(levels, input.maxDays, input.requiredCompetencies.length);
  const loaders = catalogLoaders(ctx);
  if (!(await loaders.offering.load(input.offeringCode))) {
    throw new DomainError("NOT_FOUND", `Offering ${input.offeringCode} was not found.`);
  }
  const codes = [...new Set(input.requiredCompetencies.map((r) => r.competencyCode))];
  const known = await loaders.competency.loadMany(codes);
  const unknown = codes.filter((_, i) => !known[i] || known[i] instanceof Error);
  if (unknown.length > 0) throw new DomainError("NOT_FOUND", `Competencies not found: ${unknown.join(", ")}.`);
  const id = input.id ? requireId(input.id, engagementTypeMissing) : null;

  return ctx.db.transaction(async (manager) => {
    const before = id ? await manager.findOne(EngagementType, { where: { id }, lock: { mode: "pessimistic_write" } }) : null;
    if (id && !before) engagementTypeMissing();
    const saved = await manager.save(
      manager.create(EngagementType, {
        ...(before ?? {}),
        name: input.name,
        offeringCode: input.offeringCode,
        allowedServiceLevels: levels,
        maxDays: input.maxDays,
        status: input.status,
      }),
    );
    const byCode = new Map(input.requiredCompetencies.map((r) => [r.competencyCode, r]));
    await manager.delete(CompetencyRequirement, { engagementTypeId: saved.id });
    await manager.save(
      [...byCode.values()].map((r) =>
        manager.create(CompetencyRequirement, {
          engagementTypeId: saved.id,
          competencyCode: r.competencyCode,
          minimumLevel: r.minimumLevel,
        }),
      ),
    );
    await recordChange(ctx, manager, {
      resource: "engagement_type",
      id: saved.id,
      action: before ? "updated" : "created",
      before: before ?? undefined,
      after: { ...saved, requiredCompetencies: input.requiredCompetencies },
    });
    return saved;
  });
}
