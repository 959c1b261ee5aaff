import { byKey, type RequestContext } from "@psg/shared";
import { In } from "typeorm";
import { persistExpiries } from "../voucher/voucher.expiry";
import { Benefit } from "./benefit.entity";
import { Customer } from "./customer.entity";

export const customerLoaders = (ctx: RequestContext) => ({
  customer: ctx.loaders.get<string, Customer | null>("customerById", async (ids) =>
    byKey(ids, await ctx.db.getRepository(Customer).findBy({ id: In([...ids]) }), (c) => c.id),
  ),
  /** Read after recording due expiries, so the remaining days are right without a sweep. */
  benefit: ctx.loaders.get<string, Benefit | null>("benefitByCustomer", async (ids) => {
    await persistExpiries(ctx.db, ctx.now, { customerIds: [...ids] });
    return byKey(ids, await ctx.db.getRepository(Benefit).findBy({ customerId: In([...ids]) }), (b) => b.customerId);
  }),
});
