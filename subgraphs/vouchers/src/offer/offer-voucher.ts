import { isUniqueViolation, type RequestContext, recordChange, requireId, requireKey } from "@psg/shared";
import { requirePartnerByMpnId } from "../clients/partners";
import { noSuchVoucher } from "../voucher/voucher.access";
import { Voucher } from "../voucher/voucher.entity";
import { catchUpExpiry } from "../voucher/voucher.expiry";
import { effectiveStatus, requireVoucherStatus } from "../voucher/voucher.rules";
import { lockVoucher } from "../voucher/voucher.transitions";
import { VoucherOffer } from "../voucher/voucher-offer.entity";
import { offerAudiences, offerEventData } from "../voucher/voucher-offer.transitions";
import { alreadyOffered, requireOfferingCustomer } from "./offer.access";
import type { OfferVoucherInput } from "./offer.type";

const ONE_OPEN_OFFER = "voucher_offers_one_open";

/**
 * The customer offers an assigned, unexpired voucher to a partner (found by its MPN id in
 * the partners subgraph), so the partner may reserve it by id without the number and the
 * e-mail. One open offer per voucher: the voucher is locked while the offer is made, and a
 * partial unique index backs that up. Audited as `voucher.offered`, with the event
 * `voucher.offered` for the customer and the offered partner.
 */
export async function offerVoucher(ctx: RequestContext, input: OfferVoucherInput): Promise<VoucherOffer> {
  const caller = requireKey(ctx.principal);
  requireId(input.voucherId, noSuchVoucher);
  requireOfferingCustomer(caller, (await ctx.db.findOneBy(Voucher, { id: input.voucherId })) ?? noSuchVoucher());
  await catchUpExpiry(ctx, [input.voucherId]);
  const partner = await requirePartnerByMpnId(ctx, input.partnerMpnId);
  return ctx.db.transaction(async (manager) => {
    const voucher = await lockVoucher(manager, input.voucherId);
    requireVoucherStatus(effectiveStatus(voucher, ctx.now), "ASSIGNED");
    if (await manager.existsBy(VoucherOffer, { voucherId: voucher.id, status: "OPEN" })) alreadyOffered();
    const offer = await manager
      .save(
        manager.create(VoucherOffer, {
          voucherId: voucher.id,
          customerId: voucher.customerId,
          partnerId: partner.id,
          status: "OPEN",
          expiresAt: voucher.expiresAt,
          createdAt: ctx.now,
          offeredBy: caller.apiKeyId,
          endedAt: null,
        }),
      )
      .catch((error: unknown) => (isUniqueViolation(error, ONE_OPEN_OFFER) ? alreadyOffered() : Promise.reject(error)));
    await recordChange({ ...ctx, db: manager }, manager, {
      resource: "voucher",
      id: voucher.id,
      action: "offered",
      after: { offerId: offer.id, partnerId: partner.id },
      event: { audiences: offerAudiences(offer), data: offerEventData(offer) },
    });
    return offer;
  });
}
