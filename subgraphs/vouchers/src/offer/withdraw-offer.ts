import { type RequestContext, requireId } from "@psg/shared";
import { noSuchVoucher } from "../voucher/voucher.access";
import { Voucher } from "../voucher/voucher.entity";
import { VoucherOffer } from "../voucher/voucher-offer.entity";
import { notOffered, offerStatusAt } from "../voucher/voucher-offer.rules";
import { endOffer } from "../voucher/voucher-offer.transitions";
import { requireOfferingCustomer } from "./offer.access";

/**
 * The customer withdraws the open offer of a voucher: the partner can no longer reserve it
 * by id (by number and e-mail, as before, it still can). VOUCHER_NOT_OFFERED when no offer
 * is open, also when it ended meanwhile.
 */
export async function withdrawOffer(ctx: RequestContext, voucherId: string): Promise<VoucherOffer> {
  requireId(voucherId, noSuchVoucher);
  const voucher = (await ctx.db.findOneBy(Voucher, { id: voucherId })) ?? noSuchVoucher();
  requireOfferingCustomer(ctx.principal, voucher);
  const open = (await ctx.db.findOneBy(VoucherOffer, { voucherId, status: "OPEN" })) ?? notOffered();
  return endOffer(ctx, open.id, "WITHDRAWN", { statusOf: (offer) => offerStatusAt(offer, ctx.now) });
}
