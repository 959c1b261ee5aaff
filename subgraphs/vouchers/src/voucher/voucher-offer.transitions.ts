import { type Audience, type ChangeContext, type TransitionSpec, transition } from "@psg/shared";
import type { EntityManager } from "typeorm";
import { VoucherOffer } from "./voucher-offer.entity";
import { notOffered, offerStatusAt } from "./voucher-offer.rules";
import type { OfferStatus } from "./voucher-offer-status";

/** Who learns of an offer's events: the offering customer and the offered partner. */
export const offerAudiences = (offer: Pick<VoucherOffer, "customerId" | "partnerId">): Audience[] => [
  { kind: "CUSTOMER", id: offer.customerId },
  { kind: "PARTNER", id: offer.partnerId },
];

/** What both audiences may read of an offer (the voucher number stays out: the partner reads it from its list). */
export const offerEventData = (offer: VoucherOffer) => ({
  offerId: offer.id,
  voucherId: offer.voucherId,
  partnerId: offer.partnerId,
  status: offer.status,
  expiresAt: offer.expiresAt.toISOString(),
});

/** How an offer ends, and the change it is part of. */
export type OfferEnd = Exclude<OfferStatus, "OPEN">;

/**
 * Ends one open offer through the shared `transition` (locked, still OPEN, audited), with
 * the event `voucher_offer.<action>` for the customer and the offered partner.
 */
export function endOffer(
  ctx: ChangeContext,
  id: string,
  end: OfferEnd,
  spec: Pick<TransitionSpec<VoucherOffer, OfferStatus>, "authorize" | "statusOf" | "refuse"> = {},
): Promise<VoucherOffer> {
  return transition(ctx, {
    entity: VoucherOffer,
    resource: "voucher_offer",
    id,
    action: end === "WITHDRAWN" ? "withdrawn" : "ended",
    from: ["OPEN"],
    to: end,
    missing: notOffered,
    refuse: notOffered,
    ...spec,
    change: () => ({ endedAt: ctx.now }),
    event: (moved) => ({ audiences: offerAudiences(moved), data: offerEventData(moved) }),
  });
}

/**
 * Ends the open offer of a voucher, if there is one, as part of the voucher's own change
 * (its reservation, cancellation or expiry), inside that change's transaction.
 */
export async function endOpenOfferOf(
  ctx: ChangeContext,
  manager: EntityManager,
  voucherId: string,
  end: OfferEnd,
): Promise<void> {
  // Locked first: a withdrawal committing meanwhile leaves nothing open, and nothing to end.
  const open = await manager.findOne(VoucherOffer, { where: { voucherId, status: "OPEN" }, lock: { mode: "pessimistic_write" } });
  if (open) await endOffer({ ...ctx, db: manager }, open.id, end, { statusOf: (offer) => offer.status });
}

/**
 * The open offer of a voucher to this partner, locked for the rest of the transaction (the
 * voucher is locked first, as everywhere): a withdrawal that committed meanwhile is seen.
 */
export async function lockOpenOffer(
  manager: EntityManager,
  voucherId: string,
  partnerId: string,
  now: Date,
): Promise<VoucherOffer> {
  const offer = await manager.findOne(VoucherOffer, {
    where: { voucherId, partnerId, status: "OPEN" },
    lock: { mode: "pessimistic_write" },
  });
  return offer && offerStatusAt(offer, now) === "OPEN" ? offer : notOffered();
}
