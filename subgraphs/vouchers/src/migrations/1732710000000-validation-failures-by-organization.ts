import type { MigrationInterface, QueryRunner } from "typeorm";

/** Failed voucher validations count per organisation, so more keys buy no more guesses. */
export class ValidationFailuresByOrganization1732710000000 implements MigrationInterface {
  name = "ValidationFailuresByOrganization1732710000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "vouchers"."validation_failures" ADD COLUMN "organization" text;
      UPDATE "vouchers"."validation_failures" SET "organization" = 'key:' || "api_key_id";
      ALTER TABLE "vouchers"."validation_failures" ALTER COLUMN "organization" SET NOT NULL;
      DROP INDEX "vouchers"."validation_failures_key_idx";
      CREATE INDEX "validation_failures_organization_idx" ON "vouchers"."validation_failures" ("organization", "at");
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX "vouchers"."validation_failures_organization_idx";
      CREATE INDEX "validation_failures_key_idx" ON "vouchers"."validation_failures" ("api_key_id", "at");
      ALTER TABLE "vouchers"."validation_failures" DROP COLUMN "organization";
    `);
  }
}
