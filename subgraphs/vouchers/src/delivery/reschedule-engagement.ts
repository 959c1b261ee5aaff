import type { RequestContext } from "@psg/shared";
import type { Engagement } from "../engagement/engagement.entity";
import type { RescheduleEngagementInput } from "../engagement/engagement.type";
import { checkPlannedDates, checkPlannedLength } from "../voucher/voucher.rules";
import { deliveryStep, engagementForStep } from "./delivery-step";

/** The holding partner moves a scheduled engagement to new dates inside the voucher's validity. */
export async function rescheduleEngagement(ctx: RequestContext, input: RescheduleEngagementInput): Promise<Engagement> {
  const found = await engagementForStep(ctx, input.engagementId);
  const planned = { plannedStart: input.plannedStart, plannedEnd: input.plannedEnd };
  return deliveryStep(ctx, found, (voucher) => ({
    action: "rescheduled",
    from: "SCHEDULED",
    to: "SCHEDULED",
    change: (engagement) => {
      checkPlannedDates(planned.plannedStart, planned.plannedEnd, ctx.now, voucher.expiresAt);
      checkPlannedLength(planned.plannedStart, planned.plannedEnd, voucher.serviceLevelDays, engagement.maxDays);
      return planned;
    },
    auditOf: (before) => ({ before: { plannedStart: before.plannedStart, plannedEnd: before.plannedEnd }, after: planned }),
  }));
}
