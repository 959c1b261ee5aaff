import { type RequestContext, requireId } from "@psg/shared";
import { requireHoldingPartner } from "../engagement/engagement.access";
import type { Engagement } from "../engagement/engagement.entity";
import { requireEngagementStatus } from "../engagement/engagement.rules";
import { cancelEngagement, standingEngagementOf } from "../engagement/engagement.transitions";
import { noSuchVoucher } from "../voucher/voucher.access";
import type { Voucher } from "../voucher/voucher.entity";
import { catchUpExpiry } from "../voucher/voucher.expiry";
import { checkCancelReason } from "../voucher/voucher.rules";
import { moveVoucher } from "../voucher/voucher.transitions";
import type { CancelReservationInput } from "../voucher/voucher.type";

/** The holding partner gives a reservation up before delivery starts: the voucher is assigned again, the engagement cancelled. */
export async function cancelReservation(ctx: RequestContext, input: CancelReservationInput): Promise<Voucher> {
  requireId(input.voucherId, noSuchVoucher);
  const reason = checkCancelReason(input.reason);
  await catchUpExpiry(ctx, [input.voucherId]);
  const held: { engagement?: Engagement } = {};
  return moveVoucher(ctx, input.voucherId, {
    action: "reservation_cancelled",
    from: ["RESERVED"],
    to: "ASSIGNED",
    authorize: (voucher) => requireHoldingPartner(ctx.principal, voucher.partnerId),
    change: async (voucher, manager) => {
      held.engagement = (await standingEngagementOf(manager, voucher.id)) ?? undefined;
      requireEngagementStatus(held.engagement?.status ?? "CANCELLED", "SCHEDULED");
      return { partnerId: null, reservedAt: null };
    },
    afterMove: async (_voucher, manager) => {
      if (held.engagement) await cancelEngagement({ ...ctx, db: manager }, held.engagement.id, reason);
    },
    auditOf: (before) => ({
      before: { status: "RESERVED", partnerId: before.partnerId, engagementId: held.engagement?.id },
      after: { status: "ASSIGNED", reason },
    }),
  });
}
