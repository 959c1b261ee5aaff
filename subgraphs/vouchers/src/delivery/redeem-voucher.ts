import { type RequestContext, requireId } from "@psg/shared";
import { requireHoldingPartner } from "../engagement/engagement.access";
import type { Engagement } from "../engagement/engagement.entity";
import { checkRedeemable } from "../engagement/engagement.rules";
import { standingEngagementOf } from "../engagement/engagement.transitions";
import { noSuchVoucher } from "../voucher/voucher.access";
import type { Voucher } from "../voucher/voucher.entity";
import { catchUpExpiry } from "../voucher/voucher.expiry";
import { moveVoucher } from "../voucher/voucher.transitions";

/** The holding partner redeems a reported voucher, once, before it expires. */
export async function redeemVoucher(ctx: RequestContext, voucherId: string): Promise<Voucher> {
  requireId(voucherId, noSuchVoucher);
  await catchUpExpiry(ctx, [voucherId]);
  const delivered: { engagement?: Engagement | null } = {};
  return moveVoucher(ctx, voucherId, {
    action: "redeemed",
    from: ["RESERVED"],
    to: "REDEEMED",
    authorize: (voucher) => requireHoldingPartner(ctx.principal, voucher.partnerId),
    change: async (voucher, manager) => {
      delivered.engagement = await standingEngagementOf(manager, voucher.id);
      checkRedeemable(delivered.engagement?.status ?? null);
      return { redeemedAt: ctx.now };
    },
    auditOf: () => ({
      before: { status: "RESERVED" },
      after: { status: "REDEEMED", engagementId: delivered.engagement?.id, locationId: delivered.engagement?.locationId },
    }),
  });
}
