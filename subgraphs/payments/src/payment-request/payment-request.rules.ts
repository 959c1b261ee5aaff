import { addDays, DomainError, toDateString, type VoucherForPayment } from "@psg/shared";
import type { PaymentRequestStatus, PaymentStatus } from "../enums";
import { rateOn } from "../rate-card/rate-card.rules";

export const MAX_VOUCHERS_PER_REQUEST = 100;
export const MAX_TEXT = 2_000;

export interface RateForPricing {
  country: string;
  currency: string;
  dailyRateMinor: string;
  validFrom: string;
}

export interface PricedLine {
  voucherId: string;
  offeringCode: string;
  days: number;
  dailyRateMinor: bigint;
  amountMinor: bigint;
  currency: string;
  redeemedAt: Date;
}

/** A request names at least one voucher, each once, and at most 100. */
export function checkVoucherIds(ids: string[]): void {
  if (ids.length === 0) throw new DomainError("BAD_USER_INPUT", "voucherIds must name at least one voucher.");
  if (ids.length > MAX_VOUCHERS_PER_REQUEST)
    throw new DomainError("BAD_USER_INPUT", `A request holds at most ${MAX_VOUCHERS_PER_REQUEST} vouchers.`);
  if (new Set(ids).size !== ids.length) throw new DomainError("BAD_USER_INPUT", "voucherIds must not repeat a voucher.");
}

/** Every voucher of a request is REDEEMED by this partner, under this location. */
export function checkVouchersClaimable(
  ids: string[],
  vouchers: (VoucherForPayment | null)[],
  partnerId: string,
  locationId: string,
): VoucherForPayment[] {
  return ids.map((id, i) => {
    const voucher = vouchers[i];
    const redeemedByPartner =
      voucher?.status === "REDEEMED" &&
      voucher.partnerId === partnerId &&
      voucher.redeemedAt !== null &&
      voucher.daysDelivered !== null &&
      voucher.deliveryCountry !== null;
    if (!voucher || !redeemedByPartner) {
      throw new DomainError("VOUCHER_NOT_REDEEMED", `Voucher ${id} is not a voucher this partner has redeemed.`);
    }
    if (voucher.locationId !== locationId) {
      throw new DomainError("MIXED_LOCATIONS", `Voucher ${id} was redeemed under another location: one request per location.`);
    }
    return voucher;
  });
}

/** A partner asks for payment only for offerings it registered for in the payment tool. */
export function checkRegistered(offeringCodes: string[], registered: Set<string>): void {
  const missing = [...new Set(offeringCodes)].filter((code) => !registered.has(code));
  if (missing.length > 0) {
    throw new DomainError(
      "PAYMENT_TOOL_NOT_REGISTERED",
      `Register for the payment tool for ${missing.join(", ")} before asking for payment.`,
    );
  }
}

/** amount = days × daily rate, in minor units. */
export const priceLine = (days: number, dailyRateMinor: bigint): bigint => BigInt(days) * dailyRateMinor;

/** The total is the sum of the lines, computed by the server. */
export const totalOf = (lines: { amountMinor: bigint }[]): bigint => lines.reduce((sum, line) => sum + line.amountMinor, 0n);

/**
 * Lines are priced from the rate card of the delivery country valid on the redemption date,
 * and a request is in one currency.
 */
export function priceLines(vouchers: VoucherForPayment[], rates: RateForPricing[]): { lines: PricedLine[]; currency: string } {
  const lines = vouchers.map((voucher): PricedLine => {
    const redeemedAt = new Date(voucher.redeemedAt as string);
    const country = voucher.deliveryCountry as string;
    const rate = rateOn(
      rates.filter((r) => r.country === country),
      toDateString(redeemedAt),
    );
    if (!rate) {
      throw new DomainError("NO_RATE", `No rate card for ${country} was valid on ${toDateString(redeemedAt)}.`);
    }
    const dailyRateMinor = BigInt(rate.dailyRateMinor);
    const days = voucher.daysDelivered as number;
    return {
      voucherId: voucher.id,
      offeringCode: voucher.offeringCode,
      days,
      dailyRateMinor,
      amountMinor: priceLine(days, dailyRateMinor),
      currency: rate.currency,
      redeemedAt,
    };
  });
  const currencies = new Set(lines.map((line) => line.currency));
  if (currencies.size !== 1) {
    throw new DomainError("BAD_USER_INPUT", `These vouchers are paid in different currencies (${[...currencies].join(", ")}).`);
  }
  return { lines, currency: lines[0].currency };
}

/** A request is submitted within the deadline (60 days by default) of each voucher's redemption. */
export function checkSubmitDeadline(redeemedAts: Date[], now: Date, deadlineDays: number): void {
  const passed = redeemedAts.filter((at) => now.getTime() > addDays(at, deadlineDays).getTime());
  if (passed.length > 0) {
    throw new DomainError(
      "DEADLINE_PASSED",
      `Payment must be requested within ${deadlineDays} days of redemption; ${passed.length} voucher(s) are past it.`,
    );
  }
}

/** Payment is due within the due period (30 days by default) of approval. */
export const dueByOf = (approvedAt: Date, dueDays: number): Date => addDays(approvedAt, dueDays);

/** An approved request not paid by its due date is overdue. */
export const isOverdue = (status: PaymentRequestStatus, dueBy: Date | null, now: Date): boolean =>
  status === "APPROVED" && dueBy !== null && now.getTime() > dueBy.getTime();

export type PaymentAction = "submit" | "approve" | "deny" | "pay" | "withdraw";

/** DRAFT → SUBMITTED → APPROVED → PAID, SUBMITTED → DENIED, and DRAFT → WITHDRAWN. */
export const TRANSITIONS: Record<PaymentAction, { from: PaymentRequestStatus; to: PaymentRequestStatus }> = {
  submit: { from: "DRAFT", to: "SUBMITTED" },
  approve: { from: "SUBMITTED", to: "APPROVED" },
  deny: { from: "SUBMITTED", to: "DENIED" },
  pay: { from: "APPROVED", to: "PAID" },
  withdraw: { from: "DRAFT", to: "WITHDRAWN" },
};

/** An action applies only to a request in the state it starts from. */
export function checkTransition(status: PaymentRequestStatus, action: PaymentAction): PaymentRequestStatus {
  const { from, to } = TRANSITIONS[action];
  if (status !== from) {
    throw new DomainError("INVALID_STATE", `Only a ${from} payment request can be ${pastTense[action]}; this one is ${status}.`);
  }
  return to;
}

const pastTense: Record<PaymentAction, string> = {
  submit: "submitted",
  approve: "approved",
  deny: "denied",
  pay: "paid",
  withdraw: "withdrawn",
};

/** A denied or withdrawn request releases its vouchers, so another request can claim them again. */
export const releasesVouchers = (status: PaymentRequestStatus): boolean => status === "DENIED" || status === "WITHDRAWN";

/**
 * A voucher's payment status is the state of its latest request (draft and submitted read as CLAIMED);
 * a voucher whose latest request was withdrawn is NOT_CLAIMED again.
 */
export function paymentStatusOf(status: PaymentRequestStatus | null): PaymentStatus {
  if (status === null || status === "WITHDRAWN") return "NOT_CLAIMED";
  if (status === "DRAFT" || status === "SUBMITTED") return "CLAIMED";
  return status;
}

/** A denial gives a reason, and a payment its reference: both 1 to 2,000 characters. */
export function checkText(label: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed === "" || trimmed.length > MAX_TEXT) {
    throw new DomainError("BAD_USER_INPUT", `${label} must be 1 to ${MAX_TEXT} characters.`);
  }
  return trimmed;
}
