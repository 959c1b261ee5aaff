import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Offers of vouchers to partners. One open offer per voucher, enforced by a partial unique
 * index (so two concurrent offers cannot both open); a partner's open offers read by keyset
 * in list order (created_at, id) from a partial index; redeemed vouchers in list order with
 * their redemption in the index, so the claim-deadline filter is checked on index entries
 * (a partner's list, and the operators' one).
 */
export class VoucherOffers1733100000000 implements MigrationInterface {
  name = "VoucherOffers1733100000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "vouchers"."voucher_offers" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "voucher_id" uuid NOT NULL REFERENCES "vouchers"."vouchers" ("id"),
        "customer_id" uuid NOT NULL REFERENCES "vouchers"."customers" ("id"),
        "partner_id" uuid NOT NULL,
        "status" text NOT NULL CHECK ("status" IN ('OPEN', 'RESERVED', 'WITHDRAWN', 'CANCELLED', 'EXPIRED')),
        "expires_at" timestamptz NOT NULL,
        "created_at" timestamptz NOT NULL,
        "offered_by" text NOT NULL,
        "ended_at" timestamptz,
        CHECK (("status" = 'OPEN') = ("ended_at" IS NULL))
      );
      CREATE UNIQUE INDEX "voucher_offers_one_open" ON "vouchers"."voucher_offers" ("voucher_id") WHERE "status" = 'OPEN';
      CREATE INDEX "voucher_offers_voucher_idx" ON "vouchers"."voucher_offers" ("voucher_id", "created_at");
      CREATE INDEX "voucher_offers_partner_open_idx" ON "vouchers"."voucher_offers" ("partner_id", "created_at", "id")
        INCLUDE ("expires_at") WHERE "status" = 'OPEN';
      CREATE INDEX "vouchers_partner_redeemed_idx" ON "vouchers"."vouchers" ("partner_id", "created_at", "id", "redeemed_at")
        WHERE "status" = 'REDEEMED';
      CREATE INDEX "vouchers_redeemed_idx" ON "vouchers"."vouchers" ("created_at", "id", "redeemed_at")
        WHERE "status" = 'REDEEMED';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX "vouchers"."vouchers_redeemed_idx";
      DROP INDEX "vouchers"."vouchers_partner_redeemed_idx";
      DROP TABLE "vouchers"."voucher_offers";
    `);
  }
}
