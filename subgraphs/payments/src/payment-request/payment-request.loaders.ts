import { byKey, type Connection, checkPageSize, decodeCursor, groupByKey, type RequestContext, toConnection } from "@psg/shared";
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
  /** The line of each voucher's latest request: its unreleased claim, else its latest denied one. */
  latestLineOf: ctx.loaders.get<string, PaymentRequestLine | null>("latestLineByVoucher", async (ids) => {
    const lines = await ctx.db
      .getRepository(PaymentRequestLine)
      .find({ where: { voucherId: In([...ids]) }, order: { claimedAt: "DESC", id: "ASC" } });
    const latest = lines.filter((line, i) => lines.findIndex((l) => l.voucherId === line.voucherId) === i);
    return byKey(ids, latest, (l) => l.voucherId);
  }),
});

/**
 * A page of each partner's payment requests, oldest first, for many partners at once: one
 * statement for the pages (a window per partner) and one for the totals.
 */
export function requestsOfPartner(ctx: RequestContext, first: number, after: string | null | undefined) {
  checkPageSize(first);
  const cursor = after ? decodeCursor(after, 2) : null;
  return ctx.loaders.get<string, Connection<PaymentRequest>>(
    `paymentRequestsByPartner:${first}:${after ?? ""}`,
    async (partnerIds) => {
      const repo = ctx.db.getRepository(PaymentRequest);
      const window = repo
        .createQueryBuilder("w")
        .select("w.id")
        .addSelect("row_number() OVER (PARTITION BY w.partner_id ORDER BY w.created_at, w.id)", "rn")
        .where("w.partner_id IN (:...partnerIds)");
      if (cursor) window.andWhere("(w.created_at, w.id) > (:cursorAt, :cursorId)");
      const rows = await repo
        .createQueryBuilder("r")
        .where(`r.id IN (SELECT "ranked"."w_id" FROM (${window.getQuery()}) "ranked" WHERE "ranked"."rn" <= :limit)`)
        .setParameters({ partnerIds: [...partnerIds], cursorAt: cursor?.[0], cursorId: cursor?.[1], limit: first + 1 })
        .orderBy("r.createdAt", "ASC")
        .addOrderBy("r.id", "ASC")
        .getMany();
      const totals: { partner_id: string; total: string }[] = await repo
        .createQueryBuilder("t")
        .select("t.partner_id", "partner_id")
        .addSelect("count(*)", "total")
        .where("t.partner_id IN (:...partnerIds)", { partnerIds: [...partnerIds] })
        .groupBy("t.partner_id")
        .getRawMany();
      const pages = groupByKey(partnerIds, rows, (r) => r.partnerId);
      return partnerIds.map((partnerId, i) =>
        toConnection(pages[i], first, Number(totals.find((t) => t.partner_id === partnerId)?.total ?? 0), (r) => [
          r.createdAt.toISOString(),
          r.id,
        ]),
      );
    },
  );
}
