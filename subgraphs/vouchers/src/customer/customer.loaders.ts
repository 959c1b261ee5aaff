import { byKey, type RequestContext } from "@psg/shared";
import { In } from "typeorm";
import { Benefit } from "./benefit.entity";
import { Customer } from "./customer.entity";

export const customerLoaders = (ctx: RequestContext) => ({
  customer: ctx.loaders.get<string, Customer | null>("customerById", async (ids) =>
    byKey(ids, await ctx.db.getRepository(Customer).findBy({ id: In([...ids]) }), (c) => c.id),
  ),
  benefit: ctx.loaders.get<string, Benefit | null>("benefitByCustomer", async (ids) =>
    byKey(ids, await ctx.db.getRepository(Benefit).findBy({ customerId: In([...ids]) }), (b) => b.customerId),
  ),
});
