import { addYears, DomainError } from "@psg/shared";
import type { CatalogStatus } from "../enums";
import { type Membership, membershipActive, membershipRenewalRequired } from "../partner/partner.rules";

export type EnrollmentStatus = "ENROLLED" | "EXPIRED";

/** Expiry: one year after enrolment. */
export const enrollmentExpiresAt = (enrolledAt: Date): Date => addYears(enrolledAt, 1);

/** An enrolment is expired from its expiry instant on, computed from the clock (no job needed). */
export const enrollmentStatus = (e: { expiresAt: Date }, at: Date): EnrollmentStatus =>
  at.getTime() >= e.expiresAt.getTime() ? "EXPIRED" : "ENROLLED";

export interface EnrollmentRequest {
  membership: Membership;
  offering: { code: string; status: CatalogStatus };
  agreementVersion: string;
  acceptAgreement: boolean;
  /** The partner holds a qualifying competency for at least one active engagement type of the offering. */
  qualifies: boolean;
  at: Date;
}

/**
 * Enrol: partner membership active and not ending within 90 days; offering active;
 * agreement accepted (naming its version); a qualifying competency for at least one active
 * engagement type of the offering.
 */
export function checkEnrollment(r: EnrollmentRequest): void {
  if (r.offering.status === "RETIRED") {
    throw new DomainError("OFFERING_RETIRED", `The offering ${r.offering.code} is retired; no new enrolments are taken.`);
  }
  if (!r.acceptAgreement || r.agreementVersion.trim() === "") {
    throw new DomainError(
      "AGREEMENT_NOT_ACCEPTED",
      "Enrolment needs the program agreement accepted: set acceptAgreement and name the agreementVersion.",
    );
  }
  if (!membershipActive(r.membership, r.at)) {
    throw new DomainError(
      "NOT_ELIGIBLE",
      `The partner's membership (${r.membership.membershipStart} to ${r.membership.membershipEnd}) is not active.`,
    );
  }
  if (membershipRenewalRequired(r.membership, r.at)) {
    throw new DomainError(
      "MEMBERSHIP_RENEWAL_REQUIRED",
      `The partner's membership ends on ${r.membership.membershipEnd}, within 90 days: renew the membership first.`,
    );
  }
  if (!r.qualifies) {
    throw new DomainError(
      "NOT_ELIGIBLE",
      `The partner holds no active competency that qualifies for an active engagement type of ${r.offering.code}.`,
    );
  }
}

/** An unexpired enrolment in the offering already exists: enrolment happens at most once at a time. */
export const alreadyEnrolled = (existing: { expiresAt: Date } | null, at: Date): boolean =>
  existing !== null && enrollmentStatus(existing, at) === "ENROLLED";
