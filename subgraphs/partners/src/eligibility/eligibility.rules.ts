import { type HeldCompetency, holdsQualifyingCompetency, type Requirement } from "../competency-grant/competency-grant.rules";
import { consultantQualified, type Pass } from "../consultant/consultant.rules";
import { enrollmentStatus } from "../enrollment/enrollment.rules";
import { type Membership, membershipActive } from "../partner/partner.rules";

export interface EligibilityFacts {
  at: Date;
  membership: Membership;
  engagementTypeName: string;
  offeringCode: string;
  enrollment: { expiresAt: Date } | null;
  requirements: (Requirement & { competencyName: string })[];
  competencies: HeldCompetency[];
  consultants: { passes: Pass[] }[];
  competencyOfExam: (examCode: string) => string | undefined;
}

export interface Check {
  code: string;
  met: boolean;
  detail: string;
}

const DAY = (at: Date) => at.toISOString().slice(0, 10);

/** To deliver an engagement type a partner needs all four: membership, enrolment, competency, a qualified consultant. */
export function eligibilityChecks(f: EligibilityFacts): Check[] {
  const { membershipStart: start, membershipEnd: end } = f.membership;
  const membership = membershipActive(f.membership, f.at);
  const enrolled = f.enrollment !== null && enrollmentStatus(f.enrollment, f.at) === "ENROLLED";
  const competency = holdsQualifyingCompetency(f.competencies, f.requirements, f.at);
  const wanted = f.requirements
    .map((r) => `${r.competencyName} (${r.minimumLevel === "GOLD" ? "Gold" : "Silver or Gold"})`)
    .join(" or ");
  const qualifying = f.requirements.map((r) => r.competencyCode);
  const consultants = f.consultants.filter((c) => consultantQualified(c.passes, f.competencyOfExam, qualifying, f.at)).length;
  return [
    {
      code: "MEMBERSHIP_ACTIVE",
      met: membership,
      detail: membership
        ? `The program membership is active until ${end}.`
        : `The program membership (${start} to ${end}) is not active on ${DAY(f.at)}.`,
    },
    {
      code: "ENROLLED",
      met: enrolled,
      detail: enrolled
        ? `Enrolled in ${f.offeringCode} until ${f.enrollment?.expiresAt.toISOString()}.`
        : f.enrollment
          ? `The enrolment in ${f.offeringCode} expired on ${f.enrollment.expiresAt.toISOString()}; re-enrol to renew it.`
          : `Not enrolled in ${f.offeringCode}; a global admin must enrol the partner.`,
    },
    {
      code: "QUALIFYING_COMPETENCY",
      met: competency,
      detail: competency
        ? `Holds a competency that qualifies for ${f.engagementTypeName}.`
        : `${f.engagementTypeName} needs an active competency: ${wanted}.`,
    },
    {
      code: "QUALIFIED_CONSULTANT",
      met: consultants > 0,
      detail:
        consultants > 0
          ? `${consultants} consultant(s) hold an unexpired pass of a qualifying exam.`
          : `No consultant holds an unexpired pass of an exam of ${wanted.replace(/ \([^)]*\)/g, "")}.`,
    },
  ];
}
