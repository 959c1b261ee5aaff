import { byKey, type Connection, paginate, type RequestContext } from "@psg/shared";
import { In, Not } from "typeorm";
import { Engagement } from "../engagement/engagement.entity";
import { whereStatus } from "./voucher.access";
import { Voucher } from "./voucher.entity";
import type { VoucherStatus } from "./voucher-status";

export interface PartnerVouchersKey {
  partnerId: string;
  first: number;
  after: string | null;
  status: VoucherStatus | null;
}

export const voucherLoaders = (ctx: RequestContext) => ({
  voucher: ctx.loaders.get<string, Voucher | null>("voucherById", async (ids) =>
    byKey(ids, await ctx.db.getRepository(Voucher).findBy({ id: In([...ids]) }), (v) => v.id),
  ),
  /** The voucher's reservation, if any: at most one engagement per voucher is not cancelled. */
  activeEngagement: ctx.loaders.get<string, Engagement | null>("activeEngagementByVoucher", async (ids) =>
    byKey(
      ids,
      await ctx.db.getRepository(Engagement).findBy({ voucherId: In([...ids]), status: Not("CANCELLED") }),
      (e) => e.voucherId,
    ),
  ),
  ofPartner: ctx.loaders.get<PartnerVouchersKey, Connection<Voucher>>("vouchersOfPartner", (keys) =>
    Promise.all(
      keys.map((key) => {
        const qb = ctx.db.getRepository(Voucher).createQueryBuilder("v").where("v.partnerId = :partnerId", key);
        if (key.status) whereStatus(qb, key.status, ctx.now);
        return paginate(qb, { first: key.first, after: key.after }, "createdAt");
      }),
    ),
  ),
});
