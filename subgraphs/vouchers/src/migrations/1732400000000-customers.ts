import { auditTableSql } from "@psg/shared";
import type { MigrationInterface, QueryRunner } from "typeorm";

export class Customers1732400000000 implements MigrationInterface {
  name = "Customers1732400000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(auditTableSql("vouchers"));
    await q.query(`
      CREATE TABLE "vouchers"."customers" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "country" char(2) NOT NULL,
        "agreement_number" text,
        "sa_coverage_end" date NOT NULL,
        "created_at" timestamptz NOT NULL
      );
      CREATE INDEX "customers_created_idx" ON "vouchers"."customers" ("created_at", "id");
      CREATE TABLE "vouchers"."benefits" (
        "customer_id" uuid PRIMARY KEY REFERENCES "vouchers"."customers" ("id"),
        "status" text NOT NULL CHECK ("status" IN ('AVAILABLE', 'ACTIVATED')),
        "total_days" int NOT NULL CHECK ("total_days" >= 0),
        "remaining_days" int NOT NULL CHECK ("remaining_days" >= 0),
        "activated_at" timestamptz
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "vouchers"."benefits", "vouchers"."customers", "vouchers"."audit_log"`);
  }
}
