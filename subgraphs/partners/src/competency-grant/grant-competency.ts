import { notFound, type RequestContext, upsertAudited } from "@psg/shared";
import { catalogLoaders } from "../catalog/catalog.loaders";
import { partnerForChange } from "../partner/partner.access";
import { checkValidityDates } from "./competency-grant.rules";
import type { GrantCompetencyInput } from "./competency-grant.type";
import { PartnerCompetency } from "./partner-competency.entity";

/** A partner holds a competency; granting a held one again replaces its level and dates. */
export async function grantCompetency(ctx: RequestContext, input: GrantCompetencyInput): Promise<PartnerCompetency> {
  const partner = await partnerForChange(ctx, input.partnerId);
  checkValidityDates("Competency", input.attainedAt, input.expiresAt);
  if (!(await catalogLoaders(ctx).competency.load(input.competencyCode))) notFound(`Competency ${input.competencyCode}`);
  const { competencyCode, level, attainedAt, expiresAt } = input;
  return upsertAudited(
    ctx,
    PartnerCompetency,
    { partnerId: partner.id, competencyCode },
    { partnerId: partner.id, competencyCode, level, attainedAt, expiresAt },
    { resource: "partner_competency", id: (c) => c.id },
  );
}
