import { type RequestContext, requireRole, upsertAudited } from "@psg/shared";
import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { money } from "../money/money";
import { RateCard } from "./rate-card.entity";
import { checkRate, dayBefore } from "./rate-card.rules";
import { RateCardView, SetRateInput } from "./rate-card.type";

const view = (rate: RateCard, next: RateCard | undefined): RateCardView => ({
  country: rate.country,
  currency: rate.currency,
  dailyRate: money(BigInt(rate.dailyRateMinor), rate.currency),
  validFrom: rate.validFrom,
  validTo: next ? dayBefore(next.validFrom) : null,
});

@Resolver(() => RateCardView)
export class RateCardResolver {
  @Query(() => [RateCardView], { description: "Every country's rates, oldest first." })
  async rateCards(@Ctx() ctx: RequestContext): Promise<RateCardView[]> {
    const rates = await ctx.db.getRepository(RateCard).find({ order: { country: "ASC", validFrom: "ASC" } });
    return rates.map((rate, i) => view(rate, rates[i + 1]?.country === rate.country ? rates[i + 1] : undefined));
  }

  @Mutation(() => RateCardView, { description: "Sets a country's rate from a date on (replaces a rate set for that same date)." })
  async setRate(@Arg("input") input: SetRateInput, @Ctx() ctx: RequestContext): Promise<RateCardView> {
    const caller = requireRole(ctx.principal, "OPERATOR");
    const rate = checkRate(input);
    const saved = await upsertAudited(
      ctx.db,
      caller,
      ctx.now,
      RateCard,
      { country: input.country, validFrom: input.validFrom },
      { ...input, dailyRateMinor: rate.toString(), createdAt: ctx.now },
      { entity: "rate_card", id: (r) => r.id },
    );
    const next = await ctx.db
      .getRepository(RateCard)
      .createQueryBuilder("r")
      .where("r.country = :country AND r.validFrom > :from", { country: saved.country, from: saved.validFrom })
      .orderBy("r.validFrom", "ASC")
      .getOne();
    return view(saved, next ?? undefined);
  }
}
