import type { RequestContext } from "@psg/shared";
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { reportLoaders, toReportView } from "../completion-report/completion-report.loaders";
import { CompletionReportView } from "../completion-report/completion-report.type";
import { ConsultantRef } from "../federation/consultant.type";
import { EngagementTypeRef } from "../federation/engagement-type.type";
import { PartnerLocationRef } from "../federation/partner-location.type";
import { PartnerRef } from "../partner/partner.type";
import { canSeeConsultants } from "./engagement.access";
import { Engagement } from "./engagement.entity";
import { visibleEngagement } from "./engagement.reference";

@Resolver(() => Engagement)
export class EngagementResolver {
  @Authorized()
  @Query(() => Engagement, { nullable: true, description: "An engagement the caller may see: its customer's, its partner's." })
  engagement(
    @Arg("id", () => ID, { description: "The engagement's id." }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Engagement | null> {
    return visibleEngagement(ctx, id);
  }

  @FieldResolver(() => EngagementTypeRef, { description: "The kind of engagement delivered." })
  engagementType(@Root() engagement: Engagement): EngagementTypeRef {
    return { id: engagement.engagementTypeId };
  }

  @FieldResolver(() => PartnerRef, { description: "The partner delivering the engagement." })
  partner(@Root() engagement: Engagement): PartnerRef {
    return { id: engagement.partnerId };
  }

  @FieldResolver(() => PartnerLocationRef, { nullable: true, description: "The partner location delivering it." })
  location(@Root() engagement: Engagement): PartnerLocationRef {
    return { id: engagement.locationId };
  }

  @FieldResolver(() => [ConsultantRef], { description: "Shown to the delivering partner and operators." })
  consultants(@Root() engagement: Engagement, @Ctx() ctx: RequestContext): ConsultantRef[] {
    return canSeeConsultants(ctx.principal, engagement) ? engagement.consultantIds.map((id) => ({ id })) : [];
  }

  @FieldResolver(() => CompletionReportView, { nullable: true, description: "The completion report, once submitted." })
  async completionReport(@Root() engagement: Engagement, @Ctx() ctx: RequestContext): Promise<CompletionReportView | null> {
    const report = await reportLoaders(ctx).ofEngagement.load(engagement.id);
    return report ? toReportView(report) : null;
  }
}
