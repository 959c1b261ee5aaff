import { type RequestContext, upsertAudited } from "@psg/shared";
import { money } from "../money/money";
import { RateCard } from "./rate-card.entity";
import { checkRate, dayBefore } from "./rate-card.rules";
import type { RateCardView, SetRateInput } from "./rate-card.type";

/** A rate as clients see it: it applies until the day before the next one of its country. */
export const rateCardView = (rate: RateCard, next: RateCard | undefined): RateCardView => ({
  country: rate.country,
  currency: rate.currency,
  dailyRate: money(BigInt(rate.dailyRateMinor), rate.currency),
  validFrom: rate.validFrom,
  validTo: next ? dayBefore(next.validFrom) : null,
});

/** A country's daily rate from a date on; a rate set for that same date is replaced. */
export async function setRate(ctx: RequestContext, input: SetRateInput): Promise<RateCardView> {
  const rate = checkRate(input);
  const saved = await upsertAudited(
    ctx,
    RateCard,
    { country: input.country, validFrom: input.validFrom },
    { ...input, dailyRateMinor: rate.toString(), createdAt: ctx.now },
    { resource: "rate_card", id: (r) => r.id },
  );
  const next = await ctx.db
    .getRepository(RateCard)
    .createQueryBuilder("r")
    .where("r.country = :country AND r.validFrom > :from", { country: saved.country, from: saved.validFrom })
    .orderBy("r.validFrom", "ASC")
    .getOne();
  return rateCardView(saved, next ?? undefined);
}
