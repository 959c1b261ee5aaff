import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "An amount of money: integer minor units, never a float." })
export class Money {
  @Field({ description: 'Integer minor units as a string, e.g. "110000".' })
  amountMinor: string;

  @Field({ description: 'Decimal string in major units, e.g. "1100.00".' })
  amount: string;

  @Field({ description: "ISO 4217 currency code." })
  currency: string;
}

/** Digits after the decimal point for a currency (ISO 4217 exponent). */
const digitsByCurrency = new Map<string, number>();

export function minorDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** Formats minor units as a decimal string with bigint arithmetic only. */
export function money(amountMinor: bigint, currency: string): Money {
  const digits = minorDigits(currency);
  const negative = amountMinor < 0n;
  const abs = negative ? -amountMinor : amountMinor;
  const scale = 10n ** BigInt(digits);
  const whole = (abs / scale).toString();
  const fraction = digits > 0 ? `.${(abs % scale).toString().padStart(digits, "0")}` : "";
  return { amountMinor: amountMinor.toString(), amount: `${negative ? "-" : ""}${whole}${fraction}`, currency };
}
