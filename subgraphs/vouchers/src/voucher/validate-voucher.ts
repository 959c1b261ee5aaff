import type { RequestContext } from "@psg/shared";
import { Customer } from "../customer/customer.entity";
import { catchUpExpiry } from "./voucher.expiry";
import { effectiveStatus, requireVoucherStatus } from "./voucher.rules";
import type { VoucherValidation } from "./voucher.type";
import { findVoucherByNumber } from "./voucher-lookup";

/** A partner checks a voucher number with its assignee's e-mail: what it needs to reserve, nothing more. */
export async function validateVoucher(ctx: RequestContext, number: string, assigneeEmail: string): Promise<VoucherValidation> {
  const voucher = await findVoucherByNumber(ctx, number, assigneeEmail);
  await catchUpExpiry(ctx, [voucher.id]);
  const status = effectiveStatus(voucher, ctx.now);
  requireVoucherStatus(status, "ASSIGNED");
  const customer = await ctx.db.getRepository(Customer).findOneByOrFail({ id: voucher.customerId });
  return {
    voucherId: voucher.id,
    number: voucher.number,
    offering: { code: voucher.offeringCode },
    serviceLevelDays: voucher.serviceLevelDays,
    expiresAt: voucher.expiresAt,
    customerName: customer.name,
    status,
  };
}
