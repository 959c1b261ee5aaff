import { type Connection, type ParentPageKey, paginateByParent, type RequestContext } from "@psg/shared";
import { VoucherOffer } from "../voucher/voucher-offer.entity";
import { openAt } from "../voucher/voucher-offer.rules";

export const offerLoaders = (ctx: RequestContext) => ({
  /**
   * Pages of each partner's open, unexpired offers, oldest first, in one batch: each read by
   * keyset from the partial index on open offers (partner_id, created_at, id).
   */
  openOfPartner: ctx.loaders.get<ParentPageKey, Connection<VoucherOffer>>("openOffersByPartner", (keys) =>
    paginateByParent(ctx.db, VoucherOffer, "partnerId", "createdAt", keys, (bind) => openAt(ctx.now, bind)),
  ),
});
