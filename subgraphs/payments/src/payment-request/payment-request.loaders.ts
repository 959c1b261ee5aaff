import { byKey, type Connection, groupByKey, type ParentPageKey, paginateByParent, type RequestContext } from "@psg/shared";
import { In } from "typeorm";
import { PaymentRequest } from "./payment-request.entity";
import { PaymentRequestLine } from "./payment-request-line.entity";

/** Per-request batched reads of payment requests: one statement per kind of row. */
export const paymentRequestLoaders = (ctx: RequestContext) => ({
  request: ctx.loaders.get<string, PaymentRequest | null>("paymentRequestById", async (ids) =>
    byKey(ids, await ctx.db.getRepository(PaymentRequest).findBy({ id: In([...ids]) }), (r) => r.id),
  ),
  linesOf: ctx.loaders.get<string, PaymentRequestLine[]>("linesByPaymentRequest", async (ids) =>
    groupByKey(
      ids,
      await ctx.db
        .getRepository(PaymentRequestLine)
        .find({ where: { requestId: In([...ids]) }, order: { redeemedAt: "ASC", voucherId: "ASC" } }),
      (l) => l.requestId,
    ),
  ),
  /** The line of each voucher's latest request: its unreleased claim, else its latest released (denied or withdrawn) one. */
  latestLineOf: ctx.loaders.get<string, PaymentRequestLine | null>("latestLineByVoucher", async (ids) => {
    const lines = await ctx.db
      .getRepository(PaymentRequestLine)
      .find({ where: { voucherId: In([...ids]) }, order: { released: "ASC", claimedAt: "DESC", id: "ASC" } });
    const latest = lines.filter((line, i) => lines.findIndex((l) => l.voucherId === line.voucherId) === i);
    return byKey(ids, latest, (l) => l.voucherId);
  }),
});

/** A page of each partner's payment requests, oldest first, for many partners at once. */
export const requestsOfPartner = (ctx: RequestContext) =>
  ctx.loaders.get<ParentPageKey, Connection<PaymentRequest>>("paymentRequestsByPartner", (keys) =>
    paginateByParent(ctx.db, PaymentRequest, "partnerId", "createdAt", keys),
  );
