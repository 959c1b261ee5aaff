import type { ErrorCode } from "@psg/shared";
import { type HeldCompetency, holdsQualifyingCompetency, type Requirement } from "../competency-grant/competency-grant.rules";
import { consultantQualified, type Pass } from "../consultant/consultant.rules";
import { enrollmentStatus } from "../enrollment/enrollment.rules";
import type { CatalogStatus } from "../enums";
import { type Membership, membershipActive } from "../partner/partner.rules";

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

export interface DeliveryVerdict {
  code: ErrorCode | null;
  message: string | null;
}

const refuse = (code: ErrorCode, message: string): DeliveryVerdict => ({ code, message });

/**
 * May the partner deliver the engagement type under the location in the country with these
 * consultants at that instant? The first failing rule, in the order vouchers relies on.
 */
export function deliveryVerdict(f: DeliveryFacts): DeliveryVerdict {
  const { partner, engagementType: type } = f;
  if (!partner) return refuse("NOT_FOUND", "The partner was not found.");
  if (!membershipActive(partner, f.at)) return refuse("NOT_ELIGIBLE", "The partner's program membership is not active.");
  if (!type || type.status === "RETIRED" || (f.offeringCode !== null && type.offeringCode !== f.offeringCode)) {
    return refuse(
      "ENGAGEMENT_TYPE_MISMATCH",
      f.offeringCode
        ? `The engagement type is not an active engagement type of ${f.offeringCode}.`
        : "The engagement type is not active.",
    );
  }
  if (!f.enrollment) return refuse("NOT_ENROLLED", `The partner is not enrolled in ${type.offeringCode}.`);
  if (enrollmentStatus(f.enrollment, f.at) === "EXPIRED") {
    return refuse("ENROLLMENT_EXPIRED", `The partner's enrolment in ${type.offeringCode} has expired; it must re-enrol.`);
  }
  if (!holdsQualifyingCompetency(f.competencies, f.requirements, f.at)) {
    return refuse("MISSING_COMPETENCY", `The partner holds no active competency that qualifies for ${type.name}.`);
  }
  if (f.locationId !== null && (!f.location || f.location.partnerId !== partner.id)) {
    return refuse("FORBIDDEN", "The location is not one of this partner's.");
  }
  if (f.country !== null && f.location && f.location.country !== f.country) {
    return refuse("LOCATION_COUNTRY_MISMATCH", `The location is in ${f.location.country}, not in ${f.country}.`);
  }
  if (f.consultantIds !== null) {
    const qualifying = f.requirements.map((r) => r.competencyCode);
    const unqualified = f.consultantIds.filter((_, i) => {
      const c = f.consultants[i];
      return !c || c.partnerId !== partner.id || !consultantQualified(c.passes, f.competencyOfExam, qualifying, f.at);
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
