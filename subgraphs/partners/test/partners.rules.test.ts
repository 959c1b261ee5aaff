import type { Principal } from "@psg/shared";
import { codeOf } from "@psg/testing";
import { checkBusinessProfile } from "../src/business-profile/business-profile.rules";
import { competencyActive, competencyLapsed, holdsQualifyingCompetency } from "../src/competency-grant/competency-grant.rules";
import { checkNewConsultant, consultantQualified } from "../src/consultant/consultant.rules";
import { type DeliveryFacts, deliveryVerdict } from "../src/delivery-check/delivery-check.rules";
import { eligibilityChecks } from "../src/eligibility/eligibility.rules";
import {
  alreadyEnrolled,
  checkEnrollment,
  type EnrollmentRequest,
  enrollmentExpiresAt,
  enrollmentStatus,
} from "../src/enrollment/enrollment.rules";
import { checkNewLocation } from "../src/location/location.rules";
import { canSeePartnerDetails } from "../src/partner/partner.access";
import { checkNewPartner, membershipActive, membershipRenewalRequired, searchPrefix } from "../src/partner/partner.rules";

const at = new Date("2026-06-15T12:00:00Z");
const membership = { membershipStart: "2026-01-01", membershipEnd: "2027-12-31" };

describe("membership", () => {
  it("is active from its first through its last day", () => {
    expect(membershipActive(membership, at)).toBe(true);
    expect(membershipActive({ ...membership, membershipStart: "2026-06-15" }, at)).toBe(true);
    expect(membershipActive({ ...membership, membershipEnd: "2026-06-15" }, at)).toBe(true);
    expect(membershipActive({ ...membership, membershipEnd: "2026-06-14" }, at)).toBe(false);
    expect(membershipActive({ ...membership, membershipStart: "2026-06-16" }, at)).toBe(false);
  });

  it("needs renewal when it ends within 90 days", () => {
    expect(membershipRenewalRequired({ ...membership, membershipEnd: "2026-09-12" }, at)).toBe(true);
    expect(membershipRenewalRequired({ ...membership, membershipEnd: "2026-09-13" }, at)).toBe(false);
  });

  it("new partners have digits for an MPN id, a name and ordered dates", () => {
    expect(codeOf(() => checkNewPartner({ mpnId: "1234567", legalName: "Contoso", ...membership }))).toBeUndefined();
    expect(codeOf(() => checkNewPartner({ mpnId: "abc", legalName: "Contoso", ...membership }))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => checkNewPartner({ mpnId: "1234567", legalName: " ", ...membership }))).toBe("BAD_USER_INPUT");
    expect(
      codeOf(() =>
        checkNewPartner({ mpnId: "1234567", legalName: "C", membershipStart: "2027-01-01", membershipEnd: "2026-01-01" }),
      ),
    ).toBe("BAD_USER_INPUT");
  });

  it("search escapes LIKE wildcards", () => {
    expect(searchPrefix(" Con%to_so ")).toBe("con\\%to\\_so%");
  });

  it("details are for the partner's own keys, operators and services", () => {
    const key = (organizationKind: "PARTNER" | "OPERATOR" | "CUSTOMER", organizationId: string | null): Principal => ({
      kind: "KEY",
      apiKeyId: "k",
      organizationKind,
      organizationId,
      roles: [],
    });
    expect(canSeePartnerDetails(key("PARTNER", "p1"), "p1")).toBe(true);
    expect(canSeePartnerDetails(key("PARTNER", "p2"), "p1")).toBe(false);
    expect(canSeePartnerDetails(key("CUSTOMER", "p1"), "p1")).toBe(false);
    expect(canSeePartnerDetails(key("OPERATOR", null), "p1")).toBe(true);
    expect(canSeePartnerDetails({ kind: "SERVICE", service: "vouchers" }, "p1")).toBe(true);
    expect(canSeePartnerDetails({ kind: "ANONYMOUS" }, "p1")).toBe(false);
  });
});

describe("competencies and consultants", () => {
  const held = {
    competencyCode: "WINDOWS_AND_DEVICES",
    level: "SILVER" as const,
    attainedAt: "2026-01-01",
    expiresAt: "2026-06-15",
  };

  it("lapse after their expiry date", () => {
    expect(competencyLapsed(held, at)).toBe(false);
    expect(competencyLapsed(held, new Date("2026-06-16T00:00:00Z"))).toBe(true);
    expect(competencyActive({ ...held, attainedAt: "2026-06-16" }, at)).toBe(false);
  });

  it("qualify when any one requirement is met at its level", () => {
    const silver = [{ competencyCode: "WINDOWS_AND_DEVICES", minimumLevel: "SILVER" as const }];
    const gold = [{ competencyCode: "WINDOWS_AND_DEVICES", minimumLevel: "GOLD" as const }];
    expect(holdsQualifyingCompetency([held], silver, at)).toBe(true);
    expect(holdsQualifyingCompetency([held], gold, at)).toBe(false);
    expect(holdsQualifyingCompetency([{ ...held, level: "GOLD" }], gold, at)).toBe(true);
    expect(holdsQualifyingCompetency([held], silver, new Date("2026-07-01T00:00:00Z"))).toBe(false);
    expect(holdsQualifyingCompetency([held], [{ competencyCode: "DATACENTER", minimumLevel: "SILVER" }, ...silver], at)).toBe(
      true,
    );
  });

  it("a consultant is qualified by an unexpired pass of a qualifying competency's exam", () => {
    const exams = (code: string) => ({ "MD-100": "WINDOWS_AND_DEVICES", "AZ-800": "DATACENTER" })[code];
    const pass = { examCode: "MD-100", passedAt: "2025-01-01", expiresAt: "2026-06-15" };
    expect(consultantQualified([pass], exams, ["WINDOWS_AND_DEVICES"], at)).toBe(true);
    expect(consultantQualified([pass], exams, ["DATACENTER"], at)).toBe(false);
    expect(consultantQualified([pass], exams, ["WINDOWS_AND_DEVICES"], new Date("2026-06-16T00:00:00Z"))).toBe(false);
    expect(consultantQualified([], exams, ["WINDOWS_AND_DEVICES"], at)).toBe(false);
  });

  it("checks new consultants, locations and profiles", () => {
    expect(codeOf(() => checkNewConsultant({ name: "Erika", email: "erika@contoso.example" }))).toBeUndefined();
    expect(codeOf(() => checkNewConsultant({ name: "Erika", email: "erika" }))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => checkNewLocation({ mpnLocationId: "1234567", country: "DE", address: "Berlin" }))).toBeUndefined();
    expect(codeOf(() => checkNewLocation({ mpnLocationId: "1234567", country: "de", address: "Berlin" }))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => checkNewLocation({ mpnLocationId: "1234567", country: "ZZ", address: "Berlin" }))).toBe("BAD_USER_INPUT");
    const profile = {
      region: "EMEA",
      description: "x".repeat(2500),
      website: "https://contoso.example",
      industries: [],
      products: [],
    };
    expect(codeOf(() => checkBusinessProfile(profile))).toBeUndefined();
    expect(codeOf(() => checkBusinessProfile({ ...profile, description: "x".repeat(2501) }))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => checkBusinessProfile({ ...profile, website: "javascript:alert(1)" }))).toBe("BAD_USER_INPUT");
  });
});

describe("enrolment", () => {
  const request: EnrollmentRequest = {
    membership,
    offering: { code: "DDPS", status: "ACTIVE" },
    agreementVersion: "2021-01",
    acceptAgreement: true,
    qualifies: true,
    at,
  };

  it("lasts one year and is EXPIRED from then on", () => {
    const expires = enrollmentExpiresAt(at);
    expect(expires.toISOString()).toBe("2027-06-15T12:00:00.000Z");
    expect(enrollmentStatus({ expiresAt: expires }, new Date(expires.getTime() - 1))).toBe("ENROLLED");
    expect(enrollmentStatus({ expiresAt: expires }, expires)).toBe("EXPIRED");
    expect(alreadyEnrolled({ expiresAt: expires }, at)).toBe(true);
    expect(alreadyEnrolled({ expiresAt: expires }, expires)).toBe(false);
    expect(alreadyEnrolled(null, at)).toBe(false);
  });

  it("names every reason to refuse", () => {
    expect(codeOf(() => checkEnrollment(request))).toBeUndefined();
    expect(codeOf(() => checkEnrollment({ ...request, offering: { code: "DDPS", status: "RETIRED" } }))).toBe("OFFERING_RETIRED");
    expect(codeOf(() => checkEnrollment({ ...request, acceptAgreement: false }))).toBe("AGREEMENT_NOT_ACCEPTED");
    expect(codeOf(() => checkEnrollment({ ...request, agreementVersion: "" }))).toBe("AGREEMENT_NOT_ACCEPTED");
    expect(codeOf(() => checkEnrollment({ ...request, membership: { ...membership, membershipEnd: "2026-06-01" } }))).toBe(
      "NOT_ELIGIBLE",
    );
    expect(codeOf(() => checkEnrollment({ ...request, membership: { ...membership, membershipEnd: "2026-08-01" } }))).toBe(
      "MEMBERSHIP_RENEWAL_REQUIRED",
    );
    expect(codeOf(() => checkEnrollment({ ...request, qualifies: false }))).toBe("NOT_ELIGIBLE");
  });
});

describe("delivery verdict", () => {
  const requirement = { competencyCode: "WINDOWS_AND_DEVICES", minimumLevel: "SILVER" as const };
  const facts: DeliveryFacts = {
    at,
    partner: { id: "p1", ...membership },
    engagementType: { id: "t1", name: "Windows and Office Deployment Planning", offeringCode: "DDPS", status: "ACTIVE" },
    offeringCode: "DDPS",
    requirements: [requirement],
    enrollment: { expiresAt: new Date("2027-01-01T00:00:00Z") },
    competencies: [{ competencyCode: "WINDOWS_AND_DEVICES", level: "GOLD", attainedAt: "2026-01-01", expiresAt: "2027-01-01" }],
    locationId: "l1",
    location: { partnerId: "p1", country: "DE" },
    country: "DE",
    consultantIds: ["c1"],
    consultants: [{ partnerId: "p1", passes: [{ examCode: "MD-100", passedAt: "2026-01-01", expiresAt: "2027-01-01" }] }],
    competencyOfExam: (code) => (code === "MD-100" ? "WINDOWS_AND_DEVICES" : undefined),
  };

  it("allows when every rule holds, else names the first failing one", () => {
    expect(deliveryVerdict(facts).code).toBeNull();
    const cases: [Partial<DeliveryFacts>, string][] = [
      [{ partner: null }, "NOT_FOUND"],
      [{ partner: { id: "p1", membershipStart: "2020-01-01", membershipEnd: "2021-01-01" } }, "NOT_ELIGIBLE"],
      [{ engagementType: null }, "ENGAGEMENT_TYPE_MISMATCH"],
      [
        { engagementType: { ...(facts.engagementType as NonNullable<DeliveryFacts["engagementType"]>), status: "RETIRED" } },
        "ENGAGEMENT_TYPE_MISMATCH",
      ],
      [{ offeringCode: "SDPS" }, "ENGAGEMENT_TYPE_MISMATCH"],
      [{ enrollment: null }, "NOT_ENROLLED"],
      [{ enrollment: { expiresAt: at } }, "ENROLLMENT_EXPIRED"],
      [{ competencies: [] }, "MISSING_COMPETENCY"],
      [{ location: null }, "FORBIDDEN"],
      [{ location: { partnerId: "p2", country: "DE" } }, "FORBIDDEN"],
      [{ country: "FR" }, "LOCATION_COUNTRY_MISMATCH"],
      [{ consultants: [null] }, "CONSULTANT_NOT_QUALIFIED"],
      [{ consultants: [{ partnerId: "p2", passes: facts.consultants[0]?.passes ?? [] }] }, "CONSULTANT_NOT_QUALIFIED"],
      [{ consultants: [{ partnerId: "p1", passes: [] }] }, "CONSULTANT_NOT_QUALIFIED"],
    ];
    for (const [change, code] of cases) expect([code, deliveryVerdict({ ...facts, ...change }).code]).toEqual([code, code]);
  });

  it("skips what was not asked", () => {
    expect(
      deliveryVerdict({ ...facts, locationId: null, location: null, country: null, consultantIds: null, consultants: [] }).code,
    ).toBeNull();
  });
});

describe("eligibility", () => {
  it("explains every unmet requirement", () => {
    const checks = eligibilityChecks({
      at,
      membership,
      engagementTypeName: "Data Estate Modernization",
      offeringCode: "SSDPS",
      enrollment: null,
      requirements: [{ competencyCode: "DATA_PLATFORM", minimumLevel: "GOLD", competencyName: "Data Platform" }],
      competencies: [{ competencyCode: "DATA_PLATFORM", level: "SILVER", attainedAt: "2026-01-01", expiresAt: "2027-01-01" }],
      consultants: [],
      competencyOfExam: () => undefined,
    });
    expect(checks.map((c) => [c.code, c.met])).toEqual([
      ["MEMBERSHIP_ACTIVE", true],
      ["ENROLLED", false],
      ["QUALIFYING_COMPETENCY", false],
      ["QUALIFIED_CONSULTANT", false],
    ]);
    expect(checks[2]?.detail).toBe("Data Estate Modernization needs an active competency: Data Platform (Gold).");
    expect(checks[3]?.detail).toBe("No consultant holds an unexpired pass of an exam of Data Platform.");
  });
});
