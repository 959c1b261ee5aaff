import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * An index behind every list filter, in the list's order (created_at, id), so a page by
 * keyset reads only its own rows: a partner's or customer's vouchers by status, vouchers by
 * offering or by status across customers, and a partner's engagements without cancelled ones.
 */
export class ListIndexes1733000000000 implements MigrationInterface {
  name = "ListIndexes1733000000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX "vouchers_partner_status_idx" ON "vouchers"."vouchers" ("partner_id", "status", "created_at", "id");
      CREATE INDEX "vouchers_customer_status_idx" ON "vouchers"."vouchers" ("customer_id", "status", "created_at", "id");
      CREATE INDEX "vouchers_status_created_idx" ON "vouchers"."vouchers" ("status", "created_at", "id");
      DROP INDEX "vouchers"."vouchers_offering_idx";
      CREATE INDEX "vouchers_offering_idx" ON "vouchers"."vouchers" ("offering_code", "created_at", "id");
      CREATE INDEX "engagements_partner_active_idx" ON "vouchers"."engagements" ("partner_id", "created_at", "id")
        WHERE "status" <> 'CANCELLED';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX "vouchers"."engagements_partner_active_idx";
      DROP INDEX "vouchers"."vouchers_offering_idx";
      CREATE INDEX "vouchers_offering_idx" ON "vouchers"."vouchers" ("offering_code");
      DROP INDEX "vouchers"."vouchers_status_created_idx";
      DROP INDEX "vouchers"."vouchers_customer_status_idx";
      DROP INDEX "vouchers"."vouchers_partner_status_idx";
    `);
  }
}
