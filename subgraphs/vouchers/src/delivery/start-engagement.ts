import { fail, type RequestContext, requireId, requireIds } from "@psg/shared";
import { requireDeliveryAllowed } from "../clients/partners";
import { noSuchEngagement } from "../engagement/engagement.access";
import type { Engagement } from "../engagement/engagement.entity";
import { checkStart, requireEngagementStatus } from "../engagement/engagement.rules";
import type { StartEngagementInput } from "../engagement/engagement.type";
import { Voucher } from "../voucher/voucher.entity";
import { effectiveStatus } from "../voucher/voucher.rules";
import { checkDeliveryStanding } from "./delivery.rules";
import { deliveryStep, engagementForStep } from "./delivery-step";

const notThisPartners = () => fail("CONSULTANT_NOT_QUALIFIED", "A consultant is not this partner's.");

/**
 * Delivery starts with qualified consultants of the holding partner: the step is checked
 * first, then partners is asked whether every consultant is qualified, then the engagement
 * moves (checked again on the locked rows).
 */
export async function startEngagement(ctx: RequestContext, input: StartEngagementInput): Promise<Engagement> {
  requireId(input.engagementId, noSuchEngagement);
  const consultantIds = requireIds([...new Set(input.consultantIds)], notThisPartners);
  const found = await engagementForStep(ctx, input.engagementId);
  const voucher = await ctx.db.findOneByOrFail(Voucher, { id: found.voucherId });
  checkDeliveryStanding(effectiveStatus(voucher, ctx.now), found.status);
  requireEngagementStatus(found.status, "SCHEDULED");
  checkStart(consultantIds, input.actualStart, ctx.now, voucher.createdAt);
  await requireDeliveryAllowed(ctx, {
    partnerId: found.partnerId,
    engagementTypeId: found.engagementTypeId,
    consultantIds,
    at: ctx.now,
  });
  return deliveryStep(ctx, found, () => ({
    action: "started",
    from: "SCHEDULED",
    to: "IN_DELIVERY",
    change: () => ({ consultantIds, actualStart: input.actualStart }),
  }));
}
