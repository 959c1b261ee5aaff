import { byKey, type Connection, type ParentPageKey, paginateByParent, type RequestContext } from "@psg/shared";
import { In, LessThanOrEqual } from "typeorm";
import { Benefit } from "../customer/benefit.entity";
import { Customer } from "../customer/customer.entity";
import { statusCondition } from "./voucher.access";
import { Voucher } from "./voucher.entity";
import { OPEN_STATUSES, returnsDaysOnExpiry } from "./voucher.rules";
import type { VoucherStatus } from "./voucher-status";

export const voucherLoaders = (ctx: RequestContext) => ({
  voucher: ctx.loaders.get<string, Voucher | null>("voucherById", async (ids) =>
    byKey(ids, await ctx.db.getRepository(Voucher).findBy({ id: In([...ids]) }), (v) => v.id),
  ),
  /** Pages of the vouchers of each partner (those it holds) or customer, in one batch per status filter. */
  ofParent: (parent: "partnerId" | "customerId", status: VoucherStatus | null) =>
    ctx.loaders.get<ParentPageKey, Connection<Voucher>>(`vouchersBy:${parent}:${status}`, (keys) =>
      paginateByParent(
        ctx.db,
        Voucher,
        parent,
        "createdAt",
        keys,
        status ? (bind) => statusCondition(status, ctx.now, bind) : undefined,
      ),
    ),
  /**
   * Each customer's pool as of now: the days a due expiry gives back count already, whether or
   * not anything recorded the expiry yet (read in one snapshot, so a concurrent recording is
   * counted once).
   */
  pool: ctx.loaders.get<string, Benefit | null>("poolByCustomer", (ids) =>
    ctx.db.transaction("REPEATABLE READ", async (manager) => {
      const customerIds = In([...ids]);
      const benefits = await manager.findBy(Benefit, { customerId: customerIds });
      const customers = await manager.findBy(Customer, { id: customerIds });
      const due = await manager.findBy(Voucher, {
        customerId: customerIds,
        status: In([...OPEN_STATUSES]),
        expiresAt: LessThanOrEqual(ctx.now),
      });
      const coverageEnd = new Map(customers.map((c) => [c.id, c.saCoverageEnd]));
      const returning = new Map<string, number>();
      for (const v of due) {
        const end = coverageEnd.get(v.customerId);
        if (end && returnsDaysOnExpiry(v.expiresAt, end)) {
          returning.set(v.customerId, (returning.get(v.customerId) ?? 0) + v.serviceLevelDays);
        }
      }
      const pools = benefits.map((b) => ({ ...b, remainingDays: b.remainingDays + (returning.get(b.customerId) ?? 0) }));
      return byKey(ids, pools, (b) => b.customerId);
    }),
  ),
});
