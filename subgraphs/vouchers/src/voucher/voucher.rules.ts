import {
  addDays,
  CROCKFORD_BASE32,
  DomainError,
  daysInclusive,
  isCountryCode,
  isEmailAddress,
  notFound,
  toDateString,
} from "@psg/shared";
import { MAX_ENGAGEMENT_DAYS } from "../engagement/engagement.rules";
import type { VoucherStatus } from "./voucher-status";

export const VOUCHER_NUMBER_BYTES = 10;
export const SERVICE_LEVELS = [1, 3, 5, 10, 15] as const;

/** A voucher number is "PSV-" and 80 random bits in Crockford base32, grouped by 4: unguessable and easy to read out. */
export function formatVoucherNumber(random: Uint8Array): string {
  if (random.length !== VOUCHER_NUMBER_BYTES) throw new Error(`a voucher number needs ${VOUCHER_NUMBER_BYTES} random bytes`);
  let bits = 0n;
  for (const byte of random) bits = (bits << 8n) | BigInt(byte);
  let chars = "";
  for (let i = 15; i >= 0; i--) chars += CROCKFORD_BASE32[Number((bits >> BigInt(i * 5)) & 31n)];
  return `PSV-${chars.match(/.{4}/g)?.join("-")}`;
}

/** People type numbers loosely: case, spaces and Crockford's look-alike letters do not matter. */
export function normalizeVoucherNumber(input: string): string {
  const compact = input.toUpperCase().replace(/[\s-]/g, "").replace(/^PSV/, "").replace(/[IL]/g, "1").replace(/O/g, "0");
  return compact.length === 16 ? `PSV-${compact.match(/.{4}/g)?.join("-")}` : input.trim();
}

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/** Everything a voucher allows must happen within the voucher lifetime (180 days) of its creation. */
export const voucherExpiresAt = (createdAt: Date, lifetimeDays: number): Date => addDays(createdAt, lifetimeDays);

/** A voucher is open (it may still be reserved or redeemed) until it is redeemed, cancelled or expired. */
export const OPEN_STATUSES = ["ASSIGNED", "RESERVED"] as const satisfies readonly VoucherStatus[];

/** The last day a payment request may be submitted for a redeemed voucher (the payment request deadline after redemption). */
export const claimDeadlineOf = (redeemedAt: Date, deadlineDays: number): string =>
  toDateString(addDays(redeemedAt, deadlineDays));

/** The redemptions whose last claim day is before `date` are those before this instant. */
export const redeemedBeforeForClaimDeadline = (date: string, deadlineDays: number): Date =>
  addDays(new Date(`${date}T00:00:00Z`), -deadlineDays);

/** A voucher not redeemed or cancelled is expired from its expiry instant on, whether or not anything recorded it. */
export function effectiveStatus(voucher: { status: VoucherStatus; expiresAt: Date }, now: Date): VoucherStatus {
  const open = voucher.status === "ASSIGNED" || voucher.status === "RESERVED";
  return open && voucher.expiresAt.getTime() <= now.getTime() ? "EXPIRED" : voucher.status;
}

/** Unused days go back to the customer's pool if its SA coverage was still active when the voucher expired. */
export const returnsDaysOnExpiry = (expiresAt: Date, saCoverageEnd: string): boolean => toDateString(expiresAt) <= saCoverageEnd;

const STATUS_ERRORS: Record<VoucherStatus, [DomainError["code"], string]> = {
  ASSIGNED: ["VOUCHER_NOT_RESERVED", "The voucher is not reserved."],
  RESERVED: ["VOUCHER_ALREADY_RESERVED", "The voucher is already reserved."],
  REDEEMED: ["VOUCHER_ALREADY_REDEEMED", "The voucher has already been redeemed."],
  EXPIRED: ["VOUCHER_EXPIRED", "The voucher has expired."],
  CANCELLED: ["VOUCHER_CANCELLED", "The voucher was cancelled."],
};

/** A voucher in the wrong state for an operation: the code names the state the voucher is in. */
export function refuseVoucherStatus(actual: VoucherStatus): never {
  const [code, message] = STATUS_ERRORS[actual];
  throw new DomainError(code, message);
}

/** An operation allowed only in one voucher state fails with the code that names the state the voucher is in. */
export function requireVoucherStatus(actual: VoucherStatus, expected: VoucherStatus): void {
  if (actual !== expected) refuseVoucherStatus(actual);
}

export interface NewVoucherFacts {
  benefitStatus: "AVAILABLE" | "ACTIVATED";
  remainingDays: number;
  offering: { status: string; allowedServiceLevels: number[] } | null;
  serviceLevelDays: number;
  assigneeName: string;
  assigneeEmail: string;
}

/** Create+assign: benefit activated; offering active; service level allowed; remaining days ≥ service level. */
export function checkNewVoucher(f: NewVoucherFacts): void {
  if (f.assigneeName.trim() === "" || f.assigneeName.length > 200) {
    throw new DomainError("BAD_USER_INPUT", "assigneeName must be 1 to 200 characters.");
  }
  if (!isEmailAddress(f.assigneeEmail.trim()) || f.assigneeEmail.length > 320) {
    throw new DomainError("BAD_USER_INPUT", "assigneeEmail must be an e-mail address.");
  }
  if (f.benefitStatus !== "ACTIVATED") {
    throw new DomainError("BENEFIT_NOT_ACTIVATED", "The customer's Planning Services benefit must be activated first.");
  }
  const offering = f.offering ?? notFound("Offering");
  if (offering.status !== "ACTIVE") throw new DomainError("OFFERING_RETIRED", "The offering is retired.");
  if (
    !(SERVICE_LEVELS as readonly number[]).includes(f.serviceLevelDays) ||
    !offering.allowedServiceLevels.includes(f.serviceLevelDays)
  ) {
    throw new DomainError(
      "INVALID_SERVICE_LEVEL",
      `The offering allows service levels of ${offering.allowedServiceLevels.join(", ") || "no"} days, not ${f.serviceLevelDays}.`,
    );
  }
  if (f.remainingDays < f.serviceLevelDays) {
    throw new DomainError(
      "INSUFFICIENT_DAYS",
      `The pool has ${f.remainingDays} days left; the voucher needs ${f.serviceLevelDays}.`,
    );
  }
}

/** Reservation: the partner accepts the program's terms. */
export function checkTermsAccepted(acceptTerms: boolean): void {
  if (!acceptTerms) throw new DomainError("AGREEMENT_NOT_ACCEPTED", "The terms must be accepted to reserve a voucher.");
}

/** Reservation: the voucher's service level is one the engagement type is offered at. */
export function checkServiceLevelOffered(serviceLevelDays: number, allowedServiceLevels: number[] | null): void {
  if (allowedServiceLevels && !allowedServiceLevels.includes(serviceLevelDays)) {
    throw new DomainError("ENGAGEMENT_TYPE_MISMATCH", `This engagement type is not offered at ${serviceLevelDays} days.`);
  }
}

/** An engagement lasts at most its type's maximum, and never more than the program's 15 days. */
export const engagementMaxDays = (typeMaxDays: number | null): number => typeMaxDays ?? MAX_ENGAGEMENT_DAYS;

/** Reservation: delivery happens in a country, by default the customer's. */
export function checkDeliveryCountry(country: string): string {
  if (!isCountryCode(country)) throw new DomainError("BAD_USER_INPUT", "deliveryCountry must be an ISO 3166-1 alpha-2 code.");
  return country;
}

/** A partner giving a reservation up says why, in 1 to 2000 characters. */
export function checkCancelReason(reason: string): string {
  if (reason.trim() === "" || reason.length > 2000)
    throw new DomainError("BAD_USER_INPUT", "reason must be 1 to 2000 characters.");
  return reason.trim();
}

/** Planned start is today or later and planned end is on or before the voucher's expiry. */
export function checkPlannedDates(plannedStart: string, plannedEnd: string, now: Date, expiresAt: Date): void {
  if (plannedStart < toDateString(now)) throw new DomainError("INVALID_DATES", "The planned start cannot be in the past.");
  if (plannedEnd < plannedStart) throw new DomainError("INVALID_DATES", "The planned end cannot be before the planned start.");
  if (plannedEnd > toDateString(expiresAt)) {
    throw new DomainError("INVALID_DATES", `The engagement must end by the voucher's expiry (${toDateString(expiresAt)}).`);
  }
}

/** Planned length ≤ service level days ≤ engagement type max days. */
export function checkPlannedLength(plannedStart: string, plannedEnd: string, serviceLevelDays: number, maxDays: number): void {
  const length = daysInclusive(plannedStart, plannedEnd);
  if (serviceLevelDays > Math.min(maxDays, MAX_ENGAGEMENT_DAYS)) {
    throw new DomainError(
      "ENGAGEMENT_TOO_LONG",
      `This engagement type lasts at most ${maxDays} days; the voucher is for ${serviceLevelDays}.`,
    );
  }
  if (length > serviceLevelDays) {
    throw new DomainError("ENGAGEMENT_TOO_LONG", `The plan spans ${length} days; the voucher is for ${serviceLevelDays}.`);
  }
}
