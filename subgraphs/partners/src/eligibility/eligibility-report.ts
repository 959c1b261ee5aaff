import { notFound, type RequestContext } from "@psg/shared";
import { catalogLoaders } from "../catalog/catalog.loaders";
import { consultantLoaders } from "../consultant/consultant.loaders";
import { partnerTypeFacts } from "../delivery-check/delivery-facts";
import { eligibilityChecks } from "./eligibility.rules";
import type { EligibilityReport } from "./eligibility.type";

/** The delivery requirements for one partner and engagement type, each met or not, with the partner's consultants. */
export async function eligibilityReport(
  ctx: RequestContext,
  partnerId: string,
  engagementTypeId: string,
): Promise<EligibilityReport> {
  const facts = await partnerTypeFacts(ctx, partnerId, engagementTypeId);
  const partner = facts.partner ?? notFound("Partner");
  const type = facts.engagementType ?? notFound("Engagement type");
  const consultantReads = consultantLoaders(ctx);
  const consultants = await consultantReads.consultantsOf.load(partner.id);
  const passes = await consultantReads.examPassesOf.loadMany(consultants.map((c) => c.id));
  const names = await catalogLoaders(ctx).competency.loadMany(facts.requirements.map((r) => r.competencyCode));
  const checks = eligibilityChecks({
    at: ctx.now,
    membership: partner,
    engagementTypeName: type.name,
    offeringCode: type.offeringCode,
    enrollment: facts.enrollment,
    requirements: facts.requirements.map((r, i) => {
      const competency = names[i];
      return { ...r, competencyName: competency && !(competency instanceof Error) ? competency.name : r.competencyCode };
    }),
    competencies: facts.competencies,
    consultants: passes.map((p) => ({ passes: p instanceof Error ? [] : p })),
    competencyOfExam: facts.competencyOfExam,
  });
  return { eligible: checks.every((c) => c.met), checks };
}
