import { byKey, type RequestContext } from "@psg/shared";
import { In } from "typeorm";
import { Partner } from "./partner.entity";

/** Per-request batched reads of partners: one statement per request. */
export const partnerLoaders = (ctx: RequestContext) => ({
  partner: ctx.loaders.get<string, Partner | null>("partnerById", async (ids) =>
    byKey(ids, await ctx.db.getRepository(Partner).findBy({ id: In([...ids]) }), (p) => p.id),
  ),
});
