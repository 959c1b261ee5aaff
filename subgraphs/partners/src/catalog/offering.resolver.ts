import type { RequestContext } from "@psg/shared";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { catalogLoaders } from "./catalog.loaders";
import { UpsertOfferingInput } from "./catalog.type";
import { EngagementType } from "./engagement-type.entity";
import { Offering } from "./offering.entity";
import { upsertOffering } from "./upsert-catalog";

@Resolver(() => Offering)
export class OfferingResolver {
  @Query(() => [Offering], { description: "Every offering of the catalog, by code." })
  offerings(@Ctx() ctx: RequestContext): Promise<Offering[]> {
    return ctx.db.getRepository(Offering).find({ order: { code: "ASC" } });
  }

  @Query(() => Offering, { nullable: true, description: "One offering by code; null when there is none." })
  offering(
    @Arg("code", { description: "The offering's code, e.g. DDPS." }) code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Offering | null> {
    return catalogLoaders(ctx).offering.load(code);
  }

  @FieldResolver(() => [EngagementType], { description: "The offering's engagement types, by name." })
  engagementTypes(@Root() offering: Offering, @Ctx() ctx: RequestContext): Promise<EngagementType[]> {
    return catalogLoaders(ctx).engagementTypesOfOffering.load(offering.code);
  }

  @Authorized("OPERATOR")
  @Mutation(() => Offering, { description: "Creates or changes an offering of the catalog (operators only)." })
  upsertOffering(
    @Arg("input", { description: "The offering's code, name and status." }) input: UpsertOfferingInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Offering> {
    return upsertOffering(ctx, input);
  }
}
