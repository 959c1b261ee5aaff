import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Whether a submitted payment request claims a redeemed voucher (payments says so when a
 * request is submitted and when it is denied), so the claim-deadline filter lists only the
 * vouchers still to be claimed from partial indexes in list order, as before, now without
 * the claimed ones.
 */
export class VoucherClaims1733200000000 implements MigrationInterface {
  name = "VoucherClaims1733200000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "vouchers"."vouchers" ADD COLUMN "claimed" boolean NOT NULL DEFAULT false;
      DROP INDEX "vouchers"."vouchers_partner_redeemed_idx";
      DROP INDEX "vouchers"."vouchers_redeemed_idx";
      CREATE INDEX "vouchers_partner_unclaimed_idx" ON "vouchers"."vouchers" ("partner_id", "created_at", "id", "redeemed_at")
        WHERE "status" = 'REDEEMED' AND NOT "claimed";
      CREATE INDEX "vouchers_unclaimed_idx" ON "vouchers"."vouchers" ("created_at", "id", "redeemed_at")
        WHERE "status" = 'REDEEMED' AND NOT "claimed";
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX "vouchers"."vouchers_unclaimed_idx";
      DROP INDEX "vouchers"."vouchers_partner_unclaimed_idx";
      CREATE INDEX "vouchers_partner_redeemed_idx" ON "vouchers"."vouchers" ("partner_id", "created_at", "id", "redeemed_at")
        WHERE "status" = 'REDEEMED';
      CREATE INDEX "vouchers_redeemed_idx" ON "vouchers"."vouchers" ("created_at", "id", "redeemed_at")
        WHERE "status" = 'REDEEMED';
      ALTER TABLE "vouchers"."vouchers" DROP COLUMN "claimed";
    `);
  }
}
