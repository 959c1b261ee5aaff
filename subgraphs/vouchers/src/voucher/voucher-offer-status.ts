import { registerEnumType } from "type-graphql";

/** An offer is open until the voucher is reserved, cancelled or expires, or the customer withdraws it. */
export const OFFER_STATUSES = ["OPEN", "RESERVED", "WITHDRAWN", "CANCELLED", "EXPIRED"] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];
export const OfferStatus = Object.fromEntries(OFFER_STATUSES.map((s) => [s, s])) as { [K in OfferStatus]: K };
registerEnumType(OfferStatus, {
  name: "VoucherOfferStatus",
  description: "Where an offer stands: OPEN, or how it ended.",
  valuesConfig: {
    OPEN: { description: "The partner may reserve the voucher by its id." },
    RESERVED: { description: "The voucher was reserved (by this partner or, by number, another)." },
    WITHDRAWN: { description: "The customer withdrew the offer." },
    CANCELLED: { description: "The customer cancelled the voucher." },
    EXPIRED: { description: "The voucher expired." },
  },
});
