import { DomainError, isUuid, notFound, type RequestContext } from "@psg/shared";
import type { VoucherForPayment } from "../payment-request/payment-request.rules";

export interface PartnerLocationFacts {
  id: string;
  partnerId: string;
  country: string;
}

/** The partners subgraph's facts about locations (null for an unknown id). */
export async function partnerLocations(ctx: RequestContext, ids: string[]): Promise<(PartnerLocationFacts | null)[]> {
  const data = await ctx.services.query<{ _partnerLocations: (PartnerLocationFacts | null)[] }>(
    "partners",
    "query ($ids: [ID!]!) { _partnerLocations(ids: $ids) { id partnerId country } }",
    { ids },
  );
  return data._partnerLocations;
}

/** The vouchers subgraph's facts about vouchers, expiry-aware (null for an unknown id). */
export async function vouchersForPayment(ctx: RequestContext, ids: string[]): Promise<(VoucherForPayment | null)[]> {
  const data = await ctx.services.query<{ _vouchersForPayment: (VoucherForPayment | null)[] }>(
    "vouchers",
    `query ($ids: [ID!]!) {
      _vouchersForPayment(ids: $ids) { id status offeringCode partnerId locationId deliveryCountry daysDelivered redeemedAt }
    }`,
    { ids },
  );
  return data._vouchersForPayment;
}

/** Whether the partner has redeemed at least one voucher of the offering. */
export async function hasRedeemedVoucher(ctx: RequestContext, partnerId: string, offeringCode: string): Promise<boolean> {
  const data = await ctx.services.query<{ _hasRedeemedVoucher: boolean }>(
    "vouchers",
    "query ($partnerId: ID!, $offeringCode: String!) { _hasRedeemedVoucher(partnerId: $partnerId, offeringCode: $offeringCode) }",
    { partnerId, offeringCode },
  );
  return data._hasRedeemedVoucher;
}

/** The partner's own location: NOT_FOUND when unknown, FORBIDDEN when another partner's. */
export async function requirePartnerLocation(
  ctx: RequestContext,
  partnerId: string,
  locationId: string,
): Promise<PartnerLocationFacts> {
  const [location] = isUuid(locationId) ? await partnerLocations(ctx, [locationId]) : [null];
  if (!location) return notFound("Location");
  if (location.partnerId !== partnerId) throw new DomainError("FORBIDDEN", "This location belongs to another partner.");
  return location;
}
