import { byKey, type Connection, paginate, type RequestContext } from "@psg/shared";
import { In } from "typeorm";
import { whereStatus } from "../voucher/voucher.access";
import { Voucher } from "../voucher/voucher.entity";
import { persistExpiries } from "../voucher/voucher.expiry";
import type { VoucherStatus } from "../voucher/voucher-status";
import { Benefit } from "./benefit.entity";
import { Customer } from "./customer.entity";

export interface CustomerVouchersKey {
  customerId: string;
  first: number;
  after: string | null;
  status: VoucherStatus | null;
}

export const customerLoaders = (ctx: RequestContext) => ({
  customer: ctx.loaders.get<string, Customer | null>("customerById", async (ids) =>
    byKey(ids, await ctx.db.getRepository(Customer).findBy({ id: In([...ids]) }), (c) => c.id),
  ),
  /** Read after recording due expiries, so the remaining days are right without a sweep. */
  benefit: ctx.loaders.get<string, Benefit | null>("benefitByCustomer", async (ids) => {
    await persistExpiries(ctx.db, ctx.now, { customerIds: [...ids] });
    return byKey(ids, await ctx.db.getRepository(Benefit).findBy({ customerId: In([...ids]) }), (b) => b.customerId);
  }),
  vouchers: ctx.loaders.get<CustomerVouchersKey, Connection<Voucher>>("vouchersOfCustomer", (keys) =>
    Promise.all(
      keys.map((key) => {
        const qb = ctx.db.getRepository(Voucher).createQueryBuilder("v").where("v.customerId = :customerId", key);
        if (key.status) whereStatus(qb, key.status, ctx.now);
        return paginate(qb, { first: key.first, after: key.after }, "createdAt");
      }),
    ),
  ),
});
