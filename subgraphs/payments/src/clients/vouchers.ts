import {
  HAS_REDEEMED_VOUCHER,
  REDEEMED_VOUCHERS,
  type RedeemedVoucher,
  type RequestContext,
  SET_VOUCHERS_CLAIMED,
  VOUCHERS_FOR_PAYMENT,
  type VoucherForPayment,
} from "@psg/shared";

/** The vouchers subgraph's facts about vouchers, expiry-aware (null for an unknown id). */
export async function vouchersForPayment(ctx: RequestContext, ids: string[]): Promise<(VoucherForPayment | null)[]> {
  return (await ctx.services.ask(VOUCHERS_FOR_PAYMENT, { ids }))._vouchersForPayment;
}

/** Whether the partner has redeemed at least one voucher of the offering. */
export async function hasRedeemedVoucher(ctx: RequestContext, partnerId: string, offeringCode: string): Promise<boolean> {
  return (await ctx.services.ask(HAS_REDEEMED_VOUCHER, { partnerId, offeringCode }))._hasRedeemedVoucher;
}

/** The vouchers redeemed after `from` and at or before `to`, oldest first. */
export async function redeemedVouchers(ctx: RequestContext, from: Date, to: Date): Promise<RedeemedVoucher[]> {
  return (await ctx.services.ask(REDEEMED_VOUCHERS, { from: from.toISOString(), to: to.toISOString() }))._redeemedVouchers;
}

/** Tells the vouchers subgraph that a submitted request claims these redeemed vouchers (true) or that its denial released them (false). */
export async function setVouchersClaimed(ctx: RequestContext, ids: string[], claimed: boolean): Promise<void> {
  if (ids.length > 0) await ctx.services.ask(SET_VOUCHERS_CLAIMED, { ids, claimed });
}
