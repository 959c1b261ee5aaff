import { byKey, type Connection, type ParentPageKey, paginateByParent, type RequestContext } from "@psg/shared";
import { In } from "typeorm";
import { Engagement } from "./engagement.entity";

export const engagementLoaders = (ctx: RequestContext) => ({
  engagement: ctx.loaders.get<string, Engagement | null>("engagementById", async (ids) =>
    byKey(ids, await ctx.db.getRepository(Engagement).findBy({ id: In([...ids]) }), (e) => e.id),
  ),
  /** Pages of each partner's engagements, cancelled ones left out, in one batch. */
  ofPartner: ctx.loaders.get<ParentPageKey, Connection<Engagement>>("engagementsOfPartner", (keys) =>
    paginateByParent(ctx.db, Engagement, "partnerId", "createdAt", keys, () => `"status" <> 'CANCELLED'`),
  ),
});
