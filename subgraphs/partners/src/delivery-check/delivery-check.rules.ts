import { type ErrorCode, toDateString } from "@psg/shared";
import { type HeldCompetency, holdsQualifyingCompetency, type Requirement } from "../competency-grant/competency-grant.rules";
import { consultantQualified, type Pass } from "../consultant/consultant.rules";
import { enrollmentStatus } from "../enrollment/enrollment.rules";
import type { CatalogStatus } from "../enums";
import { type Membership, membershipActive } from "../partner/partner.rules";

/** What the requirements of delivering one engagement type read about one partner. */
export interface RequirementFacts {
  at: Date;
  membership: Membership;
  engagementTypeName: string;
  offeringCode: string;
  enrollment: { expiresAt: Date } | null;
  /** The type's qualifying competencies; the name, when known, makes sentences readable. */
  requirements: (Requirement & { competencyName?: string })[];
  competencies: HeldCompetency[];
  /** The consultants who might deliver. */
  consultants: { passes: Pass[] }[];
  competencyOfExam: (examCode: string) => string | undefined;
}

export interface DeliveryVerdict {
  code: ErrorCode | null;
  message: string | null;
}

const refuse = (code: ErrorCode, message: string): DeliveryVerdict => ({ code, message });

export type RequirementCode = "MEMBERSHIP_ACTIVE" | "ENROLLED" | "QUALIFYING_COMPETENCY" | "QUALIFIED_CONSULTANT";

export interface DeliveryRequirement {
  code: RequirementCode;
  met: (f: RequirementFacts) => boolean;
  /** The eligibility report's sentence: what holds, or what is missing. */
  detail: (f: RequirementFacts, met: boolean) => string;
}

/** A requirement the reservation verdict checks as it stands. */
export interface RefusingRequirement extends DeliveryRequirement {
  /** What a reservation is told when the requirement is not met. */
  refusal: (f: RequirementFacts) => DeliveryVerdict;
}

const wanted = (f: RequirementFacts): string =>
  f.requirements
    .map((r) => `${r.competencyName ?? r.competencyCode} (${r.minimumLevel === "GOLD" ? "Gold" : "Silver or Gold"})`)
    .join(" or ");

/** A consultant qualifies by an unexpired pass of an exam of one of the type's qualifying competencies. */
export const consultantQualifies = (f: RequirementFacts, consultant: { passes: Pass[] }): boolean =>
  consultantQualified(
    consultant.passes,
    f.competencyOfExam,
    f.requirements.map((r) => r.competencyCode),
    f.at,
  );

/** The partner's program membership is active. */
export const MEMBERSHIP_ACTIVE: RefusingRequirement = {
  code: "MEMBERSHIP_ACTIVE",
  met: (f) => membershipActive(f.membership, f.at),
  refusal: () => refuse("NOT_ELIGIBLE", "The partner's program membership is not active."),
  detail: (f, met) =>
    met
      ? `The program membership is active until ${f.membership.membershipEnd}.`
      : `The program membership (${f.membership.membershipStart} to ${f.membership.membershipEnd}) is not active on ${toDateString(f.at)}.`,
};

/** Only a partner enrolled in the offering (an enrolment not yet expired) may deliver its engagements. */
export const ENROLLED: RefusingRequirement = {
  code: "ENROLLED",
  met: (f) => f.enrollment !== null && enrollmentStatus(f.enrollment, f.at) === "ENROLLED",
  refusal: (f) =>
    f.enrollment
      ? refuse("ENROLLMENT_EXPIRED", `The partner's enrolment in ${f.offeringCode} has expired; it must re-enrol.`)
      : refuse("NOT_ENROLLED", `The partner is not enrolled in ${f.offeringCode}.`),
  detail: (f, met) =>
    met
      ? `Enrolled in ${f.offeringCode} until ${f.enrollment?.expiresAt.toISOString()}.`
      : f.enrollment
        ? `The enrolment in ${f.offeringCode} expired on ${f.enrollment.expiresAt.toISOString()}; re-enrol to renew it.`
        : `Not enrolled in ${f.offeringCode}; a global admin must enrol the partner.`,
};

/** Only a partner actively holding a competency that qualifies for the engagement type may deliver it. */
export const QUALIFYING_COMPETENCY: RefusingRequirement = {
  code: "QUALIFYING_COMPETENCY",
  met: (f) => holdsQualifyingCompetency(f.competencies, f.requirements, f.at),
  refusal: (f) =>
    refuse("MISSING_COMPETENCY", `The partner holds no active competency that qualifies for ${f.engagementTypeName}.`),
  detail: (f, met) =>
    met
      ? `Holds a competency that qualifies for ${f.engagementTypeName}.`
      : `${f.engagementTypeName} needs an active competency: ${wanted(f)}.`,
};

/**
 * Someone must deliver it: a consultant of the partner who qualifies. A reservation names its
 * consultants, and the verdict asks each of them the same question (`consultantQualifies`).
 */
export const QUALIFIED_CONSULTANT: DeliveryRequirement = {
  code: "QUALIFIED_CONSULTANT",
  met: (f) => f.consultants.some((c) => consultantQualifies(f, c)),
  detail: (f) => {
    const qualified = f.consultants.filter((c) => consultantQualifies(f, c)).length;
    return qualified > 0
      ? `${qualified} consultant(s) hold an unexpired pass of a qualifying exam.`
      : `No consultant holds an unexpired pass of an exam of ${wanted(f).replace(/ \([^)]*\)/g, "")}.`;
  },
};

/**
 * What a partner needs to deliver an engagement type, in order: the one list that both the
 * reservation verdict (`deliveryVerdict`) and the eligibility report (`eligibilityChecks`) read.
 */
export const DELIVERY_REQUIREMENTS: readonly DeliveryRequirement[] = [
  MEMBERSHIP_ACTIVE,
  ENROLLED,
  QUALIFYING_COMPETENCY,
  QUALIFIED_CONSULTANT,
];

/** What the reservation verdict knows: the partner and type as found, and what the reservation names. */
export interface DeliveryFacts {
  at: Date;
  partner: (Membership & { id: string }) | null;
  engagementType: { id: string; name: string; offeringCode: string; status: CatalogStatus } | null;
  offeringCode: string | null;
  requirements: Requirement[];
  enrollment: { expiresAt: Date } | null;
  competencies: HeldCompetency[];
  locationId: string | null;
  location: { partnerId: string; country: string } | null;
  country: string | null;
  consultantIds: string[] | null;
  consultants: ({ partnerId: string; passes: Pass[] } | null)[];
  competencyOfExam: (examCode: string) => string | undefined;
}

/**
 * May the partner deliver the engagement type under the location in the country with these
 * consultants at that instant? The first failing rule, in the order vouchers relies on: the
 * partner, its membership, the type, then the partner's requirements, the place, and the
 * named consultants (each must be the partner's and qualify).
 */
export function deliveryVerdict(f: DeliveryFacts): DeliveryVerdict {
  const { partner, engagementType: type } = f;
  if (!partner) return refuse("NOT_FOUND", "The partner was not found.");
  const facts: RequirementFacts = {
    at: f.at,
    membership: partner,
    engagementTypeName: type?.name ?? "",
    offeringCode: type?.offeringCode ?? "",
    enrollment: f.enrollment,
    requirements: f.requirements,
    competencies: f.competencies,
    consultants: [],
    competencyOfExam: f.competencyOfExam,
  };
  if (!MEMBERSHIP_ACTIVE.met(facts)) return MEMBERSHIP_ACTIVE.refusal(facts);
  if (!type || type.status === "RETIRED" || (f.offeringCode !== null && type.offeringCode !== f.offeringCode)) {
    return refuse(
      "ENGAGEMENT_TYPE_MISMATCH",
      f.offeringCode
        ? `The engagement type is not an active engagement type of ${f.offeringCode}.`
        : "The engagement type is not active.",
    );
  }
  for (const requirement of [ENROLLED, QUALIFYING_COMPETENCY]) {
    if (!requirement.met(facts)) return requirement.refusal(facts);
  }
  if (f.locationId !== null && (!f.location || f.location.partnerId !== partner.id)) {
    return refuse("FORBIDDEN", "The location is not one of this partner's.");
  }
  if (f.country !== null && f.location && f.location.country !== f.country) {
    return refuse("LOCATION_COUNTRY_MISMATCH", `The location is in ${f.location.country}, not in ${f.country}.`);
  }
  if (f.consultantIds !== null) {
    const unqualified = f.consultantIds.filter((_, i) => {
      const c = f.consultants[i];
      return !c || c.partnerId !== partner.id || !consultantQualifies(facts, c);
    });
    if (unqualified.length > 0) {
      return refuse(
        "CONSULTANT_NOT_QUALIFIED",
        `Not qualified for ${type.name} (no unexpired pass of a qualifying exam, or not this partner's): ${unqualified.join(", ")}.`,
      );
    }
  }
  return { code: null, message: null };
}
