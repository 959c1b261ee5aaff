import { DomainError, dateAfter, isCountryCode, isCurrencyCode } from "@psg/shared";
import type { SetRateInput } from "./rate-card.type";

const MAX_RATE_MINOR = 10n ** 12n;

/** A rate is a positive whole number of minor units of a real currency, for a real country. */
export function checkRate(input: SetRateInput): bigint {
  if (!isCountryCode(input.country))
    throw new DomainError("BAD_USER_INPUT", `country must be ISO 3166-1 alpha-2, got "${input.country}".`);
  if (!isCurrencyCode(input.currency))
    throw new DomainError("BAD_USER_INPUT", `currency must be ISO 4217, got "${input.currency}".`);
  if (!/^[1-9]\d{0,12}$/.test(input.dailyRateMinor) || BigInt(input.dailyRateMinor) > MAX_RATE_MINOR) {
    throw new DomainError("BAD_USER_INPUT", "dailyRateMinor must be a positive whole number of minor units, as a string.");
  }
  return BigInt(input.dailyRateMinor);
}

/** A rate ends the day before the country's next rate starts. */
export const dayBefore = (date: string): string => dateAfter(date, -1);

/** The rate valid on `date`: the latest that started on or before it. */
export function rateOn<T extends { validFrom: string }>(rates: T[], date: string): T | undefined {
  return rates.filter((r) => r.validFrom <= date).sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0];
}
