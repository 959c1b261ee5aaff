import type { ChangeContext, Principal } from "@psg/shared";
import { DataSource, type EntityManager, In, LessThanOrEqual } from "typeorm";
import { Customer } from "../customer/customer.entity";
import { returnDays } from "../customer/pool";
import { cancelScheduledEngagementOf } from "../engagement/engagement.transitions";
import { Voucher } from "./voucher.entity";
import { OPEN_STATUSES, returnsDaysOnExpiry } from "./voucher.rules";
import { moveVoucher } from "./voucher.transitions";
import { endOpenOfferOf } from "./voucher-offer.transitions";

export type ExpiryScope = { customerIds: string[] } | { voucherIds: string[] } | "all";

/** Expiry is recorded by the passing of time, not by the caller whose request noticed it. */
const CLOCK: Principal = { kind: "SERVICE", service: "clock" };

/** A concurrent run recorded this expiry first. */
const ALREADY_RECORDED = Symbol("already recorded");

/**
 * Records the expiry of one due voucher: status EXPIRED, its days back to the pool when the
 * customer's SA coverage was active on the expiry date, a scheduled engagement dropped, an
 * open offer ended.
 * False when a concurrent run recorded it first (the lock makes it wait, then it finds the
 * voucher no longer open).
 */
async function expire(ctx: ChangeContext, id: string): Promise<boolean> {
  try {
    await moveVoucher(ctx, id, {
      action: "expired",
      from: [...OPEN_STATUSES],
      to: "EXPIRED",
      statusOf: (voucher) => voucher.status,
      refuse: () => {
        throw ALREADY_RECORDED;
      },
      change: async (voucher, manager) => {
        const customer = await manager.findOneByOrFail(Customer, { id: voucher.customerId });
        return { daysReturned: returnsDaysOnExpiry(voucher.expiresAt, customer.saCoverageEnd) ? voucher.serviceLevelDays : 0 };
      },
      afterMove: async (voucher, manager) => {
        await returnDays(manager, voucher.customerId, voucher.daysReturned);
        await cancelScheduledEngagementOf({ ...ctx, db: manager }, voucher.id, "The voucher expired.");
        await endOpenOfferOf(ctx, manager, voucher.id, "EXPIRED");
      },
      auditOf: (_before, after) => ({ after: { status: "EXPIRED", daysReturned: after.daysReturned } }),
    });
    return true;
  } catch (error) {
    if (error === ALREADY_RECORDED) return false;
    throw error;
  }
}

/**
 * Records the expiry of every open voucher in scope whose expiry instant has passed, each
 * through its transition; returns how many this run recorded. Idempotent and race-safe.
 */
export async function persistExpiries(runner: DataSource | EntityManager, now: Date, scope: ExpiryScope): Promise<number> {
  const db = runner instanceof DataSource ? runner.manager : runner;
  if (scope !== "all" && ("customerIds" in scope ? scope.customerIds : scope.voucherIds).length === 0) return 0;
  const inScope =
    scope === "all" ? {} : "customerIds" in scope ? { customerId: In(scope.customerIds) } : { id: In(scope.voucherIds) };
  const due = await db.find(Voucher, {
    select: { id: true },
    where: { ...inScope, status: In([...OPEN_STATUSES]), expiresAt: LessThanOrEqual(now) },
    order: { expiresAt: "ASC" },
  });
  const ctx: ChangeContext = { db, now, principal: CLOCK };
  let recorded = 0;
  for (const { id } of due) if (await expire(ctx, id)) recorded++;
  return recorded;
}

/** Records the expiry of these vouchers if it is due at the request's now (before, and apart from, the change that asks). */
export const catchUpExpiry = (ctx: ChangeContext, voucherIds: string[]): Promise<number> =>
  persistExpiries(ctx.db, ctx.now, { voucherIds });
