import { missing, type RequestContext, requireId } from "@psg/shared";
import { Arg, Authorized, Ctx, ID, Query, Resolver } from "type-graphql";
import { partnerMissing, requireActingFor } from "../partner/partner.access";
import { EligibilityReport } from "./eligibility.type";
import { eligibilityReport } from "./eligibility-report";

const engagementTypeMissing = missing("Engagement type");

@Resolver()
export class EligibilityResolver {
  @Authorized()
  @Query(() => EligibilityReport, {
    description:
      "Whether a partner may deliver an engagement type now, requirement by requirement (the partner's own keys and operators).",
  })
  eligibility(
    @Arg("partnerId", () => ID, { description: "The partner." }) partnerId: string,
    @Arg("engagementTypeId", () => ID, { description: "The engagement type it would deliver." }) engagementTypeId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<EligibilityReport> {
    requireActingFor(ctx.principal, partnerId);
    return eligibilityReport(ctx, requireId(partnerId, partnerMissing), requireId(engagementTypeId, engagementTypeMissing));
  }
}
