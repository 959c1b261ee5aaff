import { audit, DomainError, isUuid, type RequestContext, requireRole } from "@psg/shared";
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { catalogLoaders } from "./catalog.loaders";
import { checkCode, checkEngagementTypeShape, checkName } from "./catalog.rules";
import { UpsertEngagementTypeInput } from "./catalog.type";
import { Competency } from "./competency.entity";
import { CompetencyRequirement } from "./competency-requirement.entity";
import { EngagementType } from "./engagement-type.entity";
import { Offering } from "./offering.entity";

@Resolver(() => EngagementType)
export class EngagementTypeResolver {
  @Query(() => EngagementType, { nullable: true })
  async engagementType(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<EngagementType | null> {
    return isUuid(id) ? catalogLoaders(ctx).engagementType.load(id) : null;
  }

  @FieldResolver(() => Offering)
  offering(@Root() type: EngagementType, @Ctx() ctx: RequestContext): Promise<Offering | null> {
    return catalogLoaders(ctx).offering.load(type.offeringCode);
  }

  @FieldResolver(() => [CompetencyRequirement])
  requiredCompetencies(@Root() type: EngagementType, @Ctx() ctx: RequestContext): Promise<CompetencyRequirement[]> {
    return catalogLoaders(ctx).requirementsOf.load(type.id);
  }

  @Mutation(() => EngagementType)
  async upsertEngagementType(
    @Arg("input") input: UpsertEngagementTypeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EngagementType> {
    const caller = requireRole(ctx.principal, "OPERATOR");
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
    const missing = codes.filter((_, i) => !known[i] || known[i] instanceof Error);
    if (missing.length > 0) throw new DomainError("NOT_FOUND", `Competencies not found: ${missing.join(", ")}.`);
    if (input.id && !isUuid(input.id)) throw new DomainError("NOT_FOUND", "Engagement type was not found.");

    return ctx.db.transaction(async (manager) => {
      const before = input.id
        ? await manager.findOne(EngagementType, { where: { id: input.id }, lock: { mode: "pessimistic_write" } })
        : null;
      if (input.id && !before) throw new DomainError("NOT_FOUND", "Engagement type was not found.");
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
      const requirements = [...byCode.values()].map((r) =>
        manager.create(CompetencyRequirement, {
          engagementTypeId: saved.id,
          competencyCode: r.competencyCode,
          minimumLevel: r.minimumLevel,
        }),
      );
      await manager.delete(CompetencyRequirement, { engagementTypeId: saved.id });
      await manager.save(requirements);
      await audit(manager, {
        actor: caller,
        action: before ? "engagement_type.updated" : "engagement_type.created",
        entity: "engagement_type",
        entityId: saved.id,
        before: before ?? undefined,
        after: { ...saved, requiredCompetencies: input.requiredCompetencies },
        at: ctx.now,
      });
      return saved;
    });
  }
}

@Resolver(() => CompetencyRequirement)
export class CompetencyRequirementResolver {
  @FieldResolver(() => Competency)
  competency(@Root() requirement: CompetencyRequirement, @Ctx() ctx: RequestContext): Promise<Competency | null> {
    return catalogLoaders(ctx).competency.load(requirement.competencyCode);
  }
}
