import { byKey, type Connection, type ParentPageKey, paginateByParent, type RequestContext } from "@psg/shared";
import { In, Not } from "typeorm";
import { Engagement } from "./engagement.entity";

export const engagementLoaders = (ctx: RequestContext) => ({
  engagement: ctx.loaders.get<string, Engagement | null>("engagementById", async (ids) =>
    byKey(ids, await ctx.db.getRepository(Engagement).findBy({ id: In([...ids]) }), (e) => e.id),
  ),
  /** Each voucher's reservation, if any: at most one engagement per voucher is not cancelled. */
  ofVoucher: ctx.loaders.get<string, Engagement | null>("activeEngagementByVoucher", async (ids) =>
    byKey(
      ids,
      await ctx.db.getRepository(Engagement).findBy({ voucherId: In([...ids]), status: Not("CANCELLED") }),
      (e) => e.voucherId,
    ),
  ),
  /** Pages of each partner's engagements, cancelled ones left out, in one batch. */
  ofPartner: ctx.loaders.get<ParentPageKey, Connection<Engagement>>("engagementsOfPartner", (keys) =>
    paginateByParent(ctx.db, Engagement, "partnerId", "createdAt", keys, () => `"status" <> 'CANCELLED'`),
  ),
});
