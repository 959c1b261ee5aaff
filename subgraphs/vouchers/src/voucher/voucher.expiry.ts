import type { DataSource, EntityManager } from "typeorm";

export type ExpiryScope = { customerIds: string[] } | { voucherIds: string[] } | "all";

/**
 * Records the expiry of every open voucher in scope whose expiry instant has passed, in one
 * statement: status EXPIRED, unused days back to the pool when the customer's SA coverage
 * was active on the expiry date (voucher.rules returnsDaysOnExpiry), a scheduled engagement
 * dropped, an audit row and a `voucher.expired` outbox event per voucher. The status condition makes it idempotent and race-safe:
 * a concurrent run waits on the row lock, then finds the voucher no longer open.
 */
export async function persistExpiries(runner: DataSource | EntityManager, now: Date, scope: ExpiryScope): Promise<number> {
  const [condition, params] =
    scope === "all"
      ? ["true", []]
      : "customerIds" in scope
        ? ["v.customer_id = ANY($2::uuid[])", [scope.customerIds]]
        : ["v.id = ANY($2::uuid[])", [scope.voucherIds]];
  const rows = (await runner.query(
    `WITH expired AS (
       UPDATE "vouchers"."vouchers" v
       SET "status" = 'EXPIRED',
           "days_returned" = CASE WHEN (v."expires_at" AT TIME ZONE 'UTC')::date <= c."sa_coverage_end" THEN v."service_level_days" ELSE 0 END
       FROM "vouchers"."customers" c
       WHERE c."id" = v."customer_id" AND v."status" IN ('ASSIGNED', 'RESERVED') AND v."expires_at" <= $1 AND ${condition}
       RETURNING v."id", v."customer_id", v."partner_id", v."days_returned"
     ), pooled AS (
       UPDATE "vouchers"."benefits" b SET "remaining_days" = b."remaining_days" + s."days"
       FROM (SELECT "customer_id", sum("days_returned")::int AS "days" FROM expired GROUP BY "customer_id") s
       WHERE b."customer_id" = s."customer_id" AND s."days" > 0
       RETURNING b."customer_id"
     ), dropped AS (
       UPDATE "vouchers"."engagements" g SET "status" = 'CANCELLED', "cancelled_at" = $1, "cancel_reason" = 'The voucher expired.'
       FROM expired e WHERE g."voucher_id" = e."id" AND g."status" = 'SCHEDULED'
       RETURNING g."id"
     ), audited AS (
       INSERT INTO "vouchers"."audit_log" ("at", "actor", "action", "entity", "entity_id", "after")
       SELECT $1, 'clock', 'voucher.expired', 'voucher', e."id"::text,
              jsonb_build_object('status', 'EXPIRED', 'daysReturned', e."days_returned")
       FROM expired e
       RETURNING "id"
     ), published AS (
       INSERT INTO "vouchers"."outbox" ("type", "subject_type", "subject_id", "occurred_at", "audiences", "data")
       SELECT 'voucher.expired', 'voucher', e."id"::text, $1,
              array_remove(ARRAY['CUSTOMER:' || e."customer_id", 'PARTNER:' || e."partner_id"], NULL),
              jsonb_build_object('id', e."id", 'status', 'EXPIRED', 'daysReturned', e."days_returned")
       FROM expired e
       RETURNING "id"
     )
     SELECT count(*)::int AS "count" FROM expired`,
    [now, ...params],
  )) as { count: number }[];
  return rows[0]?.count ?? 0;
}
