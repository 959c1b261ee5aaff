import { type Bind, fail } from "@psg/shared";
import type { VoucherOffer } from "./voucher-offer.entity";
import type { OfferStatus } from "./voucher-offer-status";

/** Reserving by id needs an open offer to the caller's partner; an unknown id reads the same (domain.md). */
export const notOffered = (): never =>
  fail("VOUCHER_NOT_OFFERED", "This voucher is not offered to your partner; reserve it with its number and e-mail.");

/** An open offer of a voucher past its expiry has ended, whether or not anything recorded it yet. */
export function offerStatusAt(offer: Pick<VoucherOffer, "status" | "expiresAt">, now: Date): OfferStatus {
  return offer.status === "OPEN" && offer.expiresAt.getTime() <= now.getTime() ? "EXPIRED" : offer.status;
}

/** The SQL condition, over the offers table, of an offer still open at `now` (see offerStatusAt). */
export const openAt = (now: Date, bind: Bind): string => `"status" = 'OPEN' AND "expires_at" > ${bind(now)}`;
