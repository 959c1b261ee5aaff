import { randomBytes } from "node:crypto";
import { DomainError, type RequestContext, recordChange, requireId, requireOwnOrganization } from "@psg/shared";
import { fetchOffering } from "../clients/partners";
import { Benefit } from "../customer/benefit.entity";
import { noSuchCustomer } from "../customer/customer.access";
import { takeDays } from "../customer/pool";
import { Voucher } from "./voucher.entity";
import { persistExpiries } from "./voucher.expiry";
import { checkNewVoucher, formatVoucherNumber, normalizeEmail, VOUCHER_NUMBER_BYTES, voucherExpiresAt } from "./voucher.rules";
import type { CreateVoucherInput } from "./voucher.type";

/**
 * The customer's benefits administrator creates a voucher and assigns it to a project
 * manager: the pool (with due expiries given back first) must hold the days, the offering
 * must be active and allow the service level; the days leave the pool with the voucher.
 */
export async function createVoucher(ctx: RequestContext, input: CreateVoucherInput): Promise<Voucher> {
  requireId(input.customerId, noSuchCustomer);
  requireOwnOrganization(ctx.principal, "CUSTOMER", input.customerId);
  await persistExpiries(ctx.db, ctx.now, { customerIds: [input.customerId] });
  const benefit = (await ctx.db.getRepository(Benefit).findOneBy({ customerId: input.customerId })) ?? noSuchCustomer();
  const offering = await fetchOffering(ctx, input.offeringCode);
  checkNewVoucher({ benefitStatus: benefit.status, remainingDays: benefit.remainingDays, offering, ...input });
  return ctx.db.transaction(async (manager) => {
    if (!(await takeDays(manager, input.customerId, input.serviceLevelDays))) {
      throw new DomainError("INSUFFICIENT_DAYS", "The pool no longer has enough days for this voucher.");
    }
    const voucher = await manager.save(
      manager.create(Voucher, {
        number: formatVoucherNumber(randomBytes(VOUCHER_NUMBER_BYTES)),
        customerId: input.customerId,
        offeringCode: input.offeringCode,
        serviceLevelDays: input.serviceLevelDays,
        assigneeName: input.assigneeName.trim(),
        assigneeEmail: normalizeEmail(input.assigneeEmail),
        status: "ASSIGNED",
        createdAt: ctx.now,
        expiresAt: voucherExpiresAt(ctx.now, ctx.policy.voucherLifetimeDays),
        partnerId: null,
        reservedAt: null,
        redeemedAt: null,
        daysReturned: 0,
      }),
    );
    await recordChange(ctx, manager, {
      resource: "voucher",
      id: voucher.id,
      action: "created",
      after: { ...voucher, number: undefined },
      event: {
        type: "voucher.assigned",
        audiences: [{ kind: "CUSTOMER", id: voucher.customerId }],
        data: {
          id: voucher.id,
          number: voucher.number,
          status: voucher.status,
          offeringCode: voucher.offeringCode,
          serviceLevelDays: voucher.serviceLevelDays,
          assigneeName: voucher.assigneeName,
          assigneeEmail: voucher.assigneeEmail,
          expiresAt: voucher.expiresAt.toISOString(),
        },
      },
    });
    return voucher;
  });
}
