import type { RequestContext } from "@psg/shared";
import { catalogLoaders } from "../catalog/catalog.loaders";
import type { CompetencyRequirement } from "../catalog/competency-requirement.entity";
import type { EngagementType } from "../catalog/engagement-type.entity";
import { competencyGrantLoaders } from "../competency-grant/competency-grant.loaders";
import type { PartnerCompetency } from "../competency-grant/partner-competency.entity";
import type { ProgramEnrollment } from "../enrollment/enrollment.entity";
import { enrollmentLoaders } from "../enrollment/enrollment.loaders";
import type { Partner } from "../partner/partner.entity";
import { partnerLoaders } from "../partner/partner.loaders";

export interface PartnerTypeFacts {
  partner: Partner | null;
  engagementType: EngagementType | null;
  requirements: CompetencyRequirement[];
  enrollment: ProgramEnrollment | null;
  competencies: PartnerCompetency[];
  /** Exam code → competency code, for the exams of the type's qualifying competencies. */
  competencyOfExam: (examCode: string) => string | undefined;
}

/** What the rules need to know about a partner and an engagement type (null ids name nothing), read through the request's loaders. */
export async function partnerTypeFacts(
  ctx: RequestContext,
  partnerId: string | null,
  engagementTypeId: string | null,
): Promise<PartnerTypeFacts> {
  const catalog = catalogLoaders(ctx);
  const [partner, engagementType] = await Promise.all([
    partnerId ? partnerLoaders(ctx).partner.load(partnerId) : null,
    engagementTypeId ? catalog.engagementType.load(engagementTypeId) : null,
  ]);
  const [requirements, enrollments, competencies] = await Promise.all([
    engagementType ? catalog.requirementsOf.load(engagementType.id) : [],
    partner ? enrollmentLoaders(ctx).enrollmentsOf.load(partner.id) : [],
    partner ? competencyGrantLoaders(ctx).competenciesOf.load(partner.id) : [],
  ]);
  const exams = (await catalog.examsOfCompetency.loadMany(requirements.map((r) => r.competencyCode))).flatMap((e) =>
    e instanceof Error ? [] : e,
  );
  const examMap = new Map(exams.map((e) => [e.code, e.competencyCode]));
  return {
    partner,
    engagementType,
    requirements,
    enrollment: enrollments.find((e) => e.offeringCode === engagementType?.offeringCode) ?? null,
    competencies,
    competencyOfExam: (code) => examMap.get(code),
  };
}
