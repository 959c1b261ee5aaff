import { type RequestContext, requireId } from "@psg/shared";
import { returnDays } from "../customer/pool";
import { canSeeVoucher, noSuchVoucher } from "./voucher.access";
import type { Voucher } from "./voucher.entity";
import { catchUpExpiry } from "./voucher.expiry";
import { moveVoucher } from "./voucher.transitions";
import { endOpenOfferOf } from "./voucher-offer.transitions";

/** The customer withdraws an assigned voucher; its days go back to the pool, and an open offer of it ends. */
export async function cancelVoucher(ctx: RequestContext, id: string): Promise<Voucher> {
  requireId(id, noSuchVoucher);
  await catchUpExpiry(ctx, [id]);
  return moveVoucher(ctx, id, {
    action: "cancelled",
    from: ["ASSIGNED"],
    to: "CANCELLED",
    authorize: (voucher) => {
      if (!canSeeVoucher(ctx.principal, voucher)) noSuchVoucher();
    },
    afterMove: async (voucher, manager) => {
      await returnDays(manager, voucher.customerId, voucher.serviceLevelDays);
      await endOpenOfferOf(ctx, manager, voucher.id, "CANCELLED");
    },
    auditOf: (_before, after) => ({
      before: { status: "ASSIGNED" },
      after: { status: "CANCELLED", daysReturned: after.serviceLevelDays },
    }),
  });
}
