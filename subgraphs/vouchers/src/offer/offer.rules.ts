import type { Bind } from "@psg/shared";
import type { VoucherOffer } from "./offer.entity";
import type { OfferStatus } from "./offer-status";

/** An open offer of a voucher past its expiry has ended, whether or not anything recorded it yet. */
export function offerStatusAt(offer: Pick<VoucherOffer, "status" | "expiresAt">, now: Date): OfferStatus {
  return offer.status === "OPEN" && offer.expiresAt.getTime() <= now.getTime() ? "EXPIRED" : offer.status;
}

/** The SQL condition, over the offers table, of an offer still open at `now` (see offerStatusAt). */
export const openAt = (now: Date, bind: Bind): string => `"status" = 'OPEN' AND "expires_at" > ${bind(now)}`;
