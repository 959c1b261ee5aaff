import type { RequestContext } from "@psg/shared";
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { RateCard } from "./rate-card.entity";
import { RateCardView, SetRateInput } from "./rate-card.type";
import { rateCardView, setRate } from "./set-rate";

@Resolver(() => RateCardView)
export class RateCardResolver {
  @Query(() => [RateCardView], { description: "Every country's daily rates, by country, oldest first." })
  async rateCards(@Ctx() ctx: RequestContext): Promise<RateCardView[]> {
    const rates = await ctx.db.getRepository(RateCard).find({ order: { country: "ASC", validFrom: "ASC" } });
    return rates.map((rate, i) => rateCardView(rate, rates[i + 1]?.country === rate.country ? rates[i + 1] : undefined));
  }

  @Authorized("OPERATOR")
  @Mutation(() => RateCardView, {
    description: "Sets a country's daily rate from a date on, replacing a rate set for that same date (operators only).",
  })
  setRate(
    @Arg("input", { description: "The country, currency, daily rate and first day." }) input: SetRateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RateCardView> {
    return setRate(ctx, input);
  }
}
