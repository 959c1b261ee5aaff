import { DomainError, toDateString } from "@psg/shared";
import type { EngagementStatus } from "./engagement-status";

/** No engagement lasts longer than 15 days (domain.md, Program parameters). */
export const MAX_ENGAGEMENT_DAYS = 15;

/** A delivery step refused because the engagement is not in the state before it. */
export function refuseEngagementStatus(actual: EngagementStatus, expected: EngagementStatus): never {
  throw new DomainError("INVALID_STATE", `The engagement is ${actual}; this step needs it ${expected}.`);
}

/** Each delivery step happens only from the engagement state before it. */
export function requireEngagementStatus(actual: EngagementStatus, expected: EngagementStatus): void {
  if (actual !== expected) refuseEngagementStatus(actual, expected);
}

/** Start delivery: at least one consultant; delivery starts no later than today and not before the voucher existed. */
export function checkStart(consultantIds: string[], actualStart: string, now: Date, voucherCreatedAt: Date): void {
  if (consultantIds.length === 0) {
    throw new DomainError("CONSULTANT_NOT_QUALIFIED", "At least one qualified consultant must deliver the engagement.");
  }
  if (actualStart > toDateString(now)) throw new DomainError("INVALID_DATES", "Delivery cannot start in the future.");
  if (actualStart < toDateString(voucherCreatedAt)) {
    throw new DomainError("INVALID_DATES", "Delivery cannot start before the voucher was created.");
  }
}

export interface DeliveryFacts {
  actualStart: string;
  actualEnd: string;
  daysDelivered: number;
  offsiteDays: number;
  serviceLevelDays: number;
  maxOffsiteDays: number;
}

/** Mark delivered: actual days ≤ service level ≤ 15; off-site days ≤ 3 (configurable). */
export function checkDelivery(f: DeliveryFacts, now: Date): void {
  if (f.actualEnd < f.actualStart || f.actualEnd > toDateString(now)) {
    throw new DomainError("INVALID_DATES", "Delivery ends on or after its start and not in the future.");
  }
  if (!Number.isInteger(f.daysDelivered) || f.daysDelivered < 1) {
    throw new DomainError("BAD_USER_INPUT", "daysDelivered must be a whole number of at least 1.");
  }
  if (f.daysDelivered > Math.min(f.serviceLevelDays, MAX_ENGAGEMENT_DAYS)) {
    throw new DomainError("ENGAGEMENT_TOO_LONG", `The voucher pays for at most ${f.serviceLevelDays} days.`);
  }
  if (!Number.isInteger(f.offsiteDays) || f.offsiteDays < 0 || f.offsiteDays > f.daysDelivered) {
    throw new DomainError("BAD_USER_INPUT", "offsiteDays must be a whole number from 0 to daysDelivered.");
  }
  if (f.offsiteDays > f.maxOffsiteDays) {
    throw new DomainError("OFFSITE_LIMIT_EXCEEDED", `At most ${f.maxOffsiteDays} days may be delivered off-site.`);
  }
}

/** Redeem: only after the completion report was submitted. */
export function checkRedeemable(engagementStatus: EngagementStatus | null): void {
  if (engagementStatus !== "REPORTED") {
    throw new DomainError("COMPLETION_REPORT_MISSING", "Submit the completion report before redeeming the voucher.");
  }
}
