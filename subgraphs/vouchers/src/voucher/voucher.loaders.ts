import { byKey, type Connection, type ParentPageKey, paginateByParent, type RequestContext } from "@psg/shared";
import { In, Not } from "typeorm";
import { Engagement } from "../engagement/engagement.entity";
import { statusCondition } from "./voucher.access";
import { Voucher } from "./voucher.entity";
import type { VoucherStatus } from "./voucher-status";

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
});
