import { notFound, type RequestContext } from "@psg/shared";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { catalogLoaders } from "../catalog/catalog.loaders";
import { Competency } from "../catalog/competency.entity";
import { competencyLapsed } from "./competency-grant.rules";
import { GrantCompetencyInput } from "./competency-grant.type";
import { grantCompetency } from "./grant-competency";
import { PartnerCompetency } from "./partner-competency.entity";

@Resolver(() => PartnerCompetency)
export class PartnerCompetencyResolver {
  @FieldResolver(() => Competency, { description: "The competency held." })
  async competency(@Root() held: PartnerCompetency, @Ctx() ctx: RequestContext): Promise<Competency> {
    return (await catalogLoaders(ctx).competency.load(held.competencyCode)) ?? notFound("Competency");
  }

  @FieldResolver(() => Boolean, { description: "True once the expiry date has passed." })
  lapsed(@Root() held: PartnerCompetency, @Ctx() ctx: RequestContext): boolean {
    return competencyLapsed(held, ctx.now);
  }

  @Authorized("OPERATOR")
  @Mutation(() => PartnerCompetency, {
    description: "Grants a partner a competency (operators only). Granting a held competency again replaces its level and dates.",
  })
  grantCompetency(
    @Arg("input", { description: "The partner, the competency, its level and dates." }) input: GrantCompetencyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnerCompetency> {
    return grantCompetency(ctx, input);
  }
}
