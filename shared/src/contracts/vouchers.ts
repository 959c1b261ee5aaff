import { internalQuery, selectionOf } from "./internal-query";

/** What the vouchers subgraph answers to other services: served there, imported by callers. */

/**
 * What payments needs to know about a voucher. `At` is how an instant travels: the server
 * returns a Date, callers receive its ISO 8601 string.
 */
export interface VoucherForPayment<At = string> {
  id: string;
  /** Expiry-aware: a voucher past its expiry reads EXPIRED. */
  status: "ASSIGNED" | "RESERVED" | "REDEEMED" | "EXPIRED" | "CANCELLED";
  offeringCode: string;
  partnerId: string | null;
  /** From the voucher's engagement (cancelled engagements aside). */
  locationId: string | null;
  deliveryCountry: string | null;
  daysDelivered: number | null;
  redeemedAt: At | null;
}

export interface VouchersForPaymentVariables {
  ids: string[];
}
export interface VouchersForPaymentResult {
  /** One per id, in order; null for an unknown id. */
  _vouchersForPayment: (VoucherForPayment | null)[];
}
export const VOUCHERS_FOR_PAYMENT = internalQuery<VouchersForPaymentVariables, VouchersForPaymentResult>(
  "vouchers",
  `query ($ids: [ID!]!) {
  _vouchersForPayment(ids: $ids) { ${selectionOf<VoucherForPayment>({
    id: true,
    status: true,
    offeringCode: true,
    partnerId: true,
    locationId: true,
    deliveryCountry: true,
    daysDelivered: true,
    redeemedAt: true,
  })} }
}`,
);

export interface HasRedeemedVoucherVariables {
  partnerId: string;
  offeringCode: string;
}
export interface HasRedeemedVoucherResult {
  /** Whether the partner has redeemed at least one voucher of the offering. */
  _hasRedeemedVoucher: boolean;
}
export const HAS_REDEEMED_VOUCHER = internalQuery<HasRedeemedVoucherVariables, HasRedeemedVoucherResult>(
  "vouchers",
  `query ($partnerId: ID!, $offeringCode: String!) {
  _hasRedeemedVoucher(partnerId: $partnerId, offeringCode: $offeringCode)
}`,
);

export interface CustomersExistVariables {
  ids: string[];
}
export interface CustomersExistResult {
  /** One per id, in order. */
  _customersExist: boolean[];
}
export const CUSTOMERS_EXIST = internalQuery<CustomersExistVariables, CustomersExistResult>(
  "vouchers",
  `query ($ids: [ID!]!) { _customersExist(ids: $ids) }`,
);

/** A redeemed voucher, for payments' claim deadlines. */
export interface RedeemedVoucher<At = string> {
  id: string;
  partnerId: string;
  redeemedAt: At;
}

export interface RedeemedVouchersVariables {
  /** Redeemed after this instant (ISO 8601) ... */
  from: string;
  /** ... and at or before this one. */
  to: string;
}
export interface RedeemedVouchersResult {
  /** Oldest redemption first. */
  _redeemedVouchers: RedeemedVoucher[];
}
export const REDEEMED_VOUCHERS = internalQuery<RedeemedVouchersVariables, RedeemedVouchersResult>(
  "vouchers",
  `query ($from: DateTime!, $to: DateTime!) {
  _redeemedVouchers(from: $from, to: $to) { ${selectionOf<RedeemedVoucher>({ id: true, partnerId: true, redeemedAt: true })} }
}`,
);

export interface SetVouchersClaimedVariables {
  ids: string[];
  /** True when a submitted request claims them, false when its denial releases them. */
  claimed: boolean;
}
export interface SetVouchersClaimedResult {
  /** How many redeemed vouchers it marked. */
  _setVouchersClaimed: number;
}
/** Payments tells vouchers which redeemed vouchers a submitted request claims, so the claim-deadline list leaves them out. */
export const SET_VOUCHERS_CLAIMED = internalQuery<SetVouchersClaimedVariables, SetVouchersClaimedResult>(
  "vouchers",
  "mutation ($ids: [ID!]!, $claimed: Boolean!) { _setVouchersClaimed(ids: $ids, claimed: $claimed) }",
);
