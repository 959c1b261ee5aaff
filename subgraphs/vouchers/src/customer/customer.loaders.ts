import { byKey, type RequestContext } from "@psg/shared";
import { In } from "typeorm";
import { Customer } from "./customer.entity";

export const customerLoaders = (ctx: RequestContext) => ({
  customer: ctx.loaders.get<string, Customer | null>("customerById", async (ids) =>
    byKey(ids, await ctx.db.getRepository(Customer).findBy({ id: In([...ids]) }), (c) => c.id),
  ),
});
