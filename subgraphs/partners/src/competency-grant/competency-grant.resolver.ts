import { notFound, type RequestContext, requireRole, upsertAudited } from "@psg/shared";
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { catalogLoaders } from "../catalog/catalog.loaders";
import { Competency } from "../catalog/competency.entity";
import { partnerForChange } from "../partner/partner.guard";
import { checkValidityDates, competencyLapsed } from "./competency-grant.rules";
import { GrantCompetencyInput } from "./competency-grant.type";
import { PartnerCompetency } from "./partner-competency.entity";

@Resolver(() => PartnerCompetency)
export class PartnerCompetencyResolver {
  @FieldResolver(() => Competency)
  async competency(@Root() held: PartnerCompetency, @Ctx() ctx: RequestContext): Promise<Competency> {
    return (await catalogLoaders(ctx).competency.load(held.competencyCode)) ?? notFound("Competency");
  }

  @FieldResolver(() => Boolean, { description: "True once the expiry date has passed." })
  lapsed(@Root() held: PartnerCompetency, @Ctx() ctx: RequestContext): boolean {
    return competencyLapsed(held, ctx.now);
  }

  @Mutation(() => PartnerCompetency, {
    description: "Operators only. Granting a held competency again replaces its level and dates.",
  })
  async grantCompetency(@Arg("input") input: GrantCompetencyInput, @Ctx() ctx: RequestContext): Promise<PartnerCompetency> {
    const caller = requireRole(ctx.principal, "OPERATOR");
    const partner = await partnerForChange(ctx, input.partnerId);
    checkValidityDates("Competency", input.attainedAt, input.expiresAt);
    if (!(await catalogLoaders(ctx).competency.load(input.competencyCode))) notFound(`Competency ${input.competencyCode}`);
    return upsertAudited(
      ctx.db,
      caller,
      ctx.now,
      PartnerCompetency,
      { partnerId: partner.id, competencyCode: input.competencyCode },
      {
        partnerId: partner.id,
        competencyCode: input.competencyCode,
        level: input.level,
        attainedAt: input.attainedAt,
        expiresAt: input.expiresAt,
      },
      { entity: "partner_competency", id: (c) => c.id },
    );
  }
}
