import { type RequestContext, requireId } from "@psg/shared";
import { noSuchEngagement, requireHoldingPartner } from "../engagement/engagement.access";
import { Engagement } from "../engagement/engagement.entity";
import { type EngagementMove, moveEngagement } from "../engagement/engagement.transitions";
import type { Voucher } from "../voucher/voucher.entity";
import { catchUpExpiry } from "../voucher/voucher.expiry";
import { effectiveStatus } from "../voucher/voucher.rules";
import { lockVoucher } from "../voucher/voucher.transitions";
import { checkDeliveryStanding } from "./delivery.rules";

/**
 * The engagement a delivery step acts on, for its holding partner, read before the step's
 * transaction so that a due expiry of its voucher is recorded first (and stays recorded
 * when the step is refused).
 */
export async function engagementForStep(ctx: RequestContext, id: string): Promise<Engagement> {
  requireId(id, noSuchEngagement);
  const engagement = (await ctx.db.findOneBy(Engagement, { id })) ?? noSuchEngagement();
  await catchUpExpiry(ctx, [engagement.voucherId]);
  requireHoldingPartner(ctx.principal, engagement.partnerId);
  return engagement;
}

/**
 * One step of a reserved voucher's delivery, in one transaction: the voucher locked first
 * (like every voucher change), its standing checked on the locked engagement, then the
 * engagement moved through its transition. `step` sees the locked voucher.
 */
export function deliveryStep(
  ctx: RequestContext,
  engagement: Engagement,
  step: (voucher: Voucher) => EngagementMove,
): Promise<Engagement> {
  return ctx.db.transaction(async (manager) => {
    const voucher = await lockVoucher(manager, engagement.voucherId);
    const move = step(voucher);
    return moveEngagement({ ...ctx, db: manager }, engagement.id, {
      ...move,
      authorize: (locked) => checkDeliveryStanding(effectiveStatus(voucher, ctx.now), locked.status),
    });
  });
}
