import { type RequestContext, requireRole, upsertAudited } from "@psg/shared";
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { catalogLoaders } from "./catalog.loaders";
import { checkCode, checkName } from "./catalog.rules";
import { UpsertOfferingInput } from "./catalog.type";
import { EngagementType } from "./engagement-type.entity";
import { Offering } from "./offering.entity";

@Resolver(() => Offering)
export class OfferingResolver {
  @Query(() => [Offering])
  offerings(@Ctx() ctx: RequestContext): Promise<Offering[]> {
    return catalogLoaders(ctx).offerings();
  }

  @Query(() => Offering, { nullable: true })
  offering(@Arg("code") code: string, @Ctx() ctx: RequestContext): Promise<Offering | null> {
    return catalogLoaders(ctx).offering.load(code);
  }

  @FieldResolver(() => [EngagementType])
  engagementTypes(@Root() offering: Offering, @Ctx() ctx: RequestContext): Promise<EngagementType[]> {
    return catalogLoaders(ctx).engagementTypesOfOffering.load(offering.code);
  }

  @Mutation(() => Offering)
  upsertOffering(@Arg("input") input: UpsertOfferingInput, @Ctx() ctx: RequestContext): Promise<Offering> {
    const caller = requireRole(ctx.principal, "OPERATOR");
    checkCode("Offering", input.code);
    checkName("Offering", input.name);
    return upsertAudited(
      ctx.db,
      caller,
      ctx.now,
      Offering,
      { code: input.code },
      { ...input },
      {
        entity: "offering",
        id: (o) => o.code,
      },
    );
  }
}
