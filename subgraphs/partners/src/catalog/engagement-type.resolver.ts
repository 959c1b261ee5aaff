import { idOrNull, type RequestContext } from "@psg/shared";
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { catalogLoaders } from "./catalog.loaders";
import { UpsertEngagementTypeInput } from "./catalog.type";
import { Competency } from "./competency.entity";
import { CompetencyRequirement } from "./competency-requirement.entity";
import { EngagementType } from "./engagement-type.entity";
import { Offering } from "./offering.entity";
import { upsertEngagementType } from "./upsert-engagement-type";

@Resolver(() => EngagementType)
export class EngagementTypeResolver {
  @Query(() => EngagementType, { nullable: true, description: "One engagement type by id; null when there is none." })
  async engagementType(
    @Arg("id", () => ID, { description: "The engagement type's id." }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<EngagementType | null> {
    const known = idOrNull(id);
    return known ? catalogLoaders(ctx).engagementType.load(known) : null;
  }

  @FieldResolver(() => Offering, { description: "The offering the engagement type belongs to." })
  offering(@Root() type: EngagementType, @Ctx() ctx: RequestContext): Promise<Offering | null> {
    return catalogLoaders(ctx).offering.load(type.offeringCode);
  }

  @FieldResolver(() => [CompetencyRequirement], {
    description: "The competencies that qualify a partner to deliver it; any one suffices.",
  })
  requiredCompetencies(@Root() type: EngagementType, @Ctx() ctx: RequestContext): Promise<CompetencyRequirement[]> {
    return catalogLoaders(ctx).requirementsOf.load(type.id);
  }

  @Authorized("OPERATOR")
  @Mutation(() => EngagementType, {
    description: "Creates an engagement type, or replaces one by id, with its qualifying competencies (operators only).",
  })
  upsertEngagementType(
    @Arg("input", { description: "The engagement type; omit its id to create one." }) input: UpsertEngagementTypeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EngagementType> {
    return upsertEngagementType(ctx, input);
  }
}

@Resolver(() => CompetencyRequirement)
export class CompetencyRequirementResolver {
  @FieldResolver(() => Competency, { description: "The qualifying competency." })
  competency(@Root() requirement: CompetencyRequirement, @Ctx() ctx: RequestContext): Promise<Competency | null> {
    return catalogLoaders(ctx).competency.load(requirement.competencyCode);
  }
}
