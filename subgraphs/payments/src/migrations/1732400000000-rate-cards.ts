import { auditTableSql } from "@psg/shared";
import type { MigrationInterface, QueryRunner } from "typeorm";

export class RateCards1732400000000 implements MigrationInterface {
  name = "RateCards1732400000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(auditTableSql("payments"));
    await q.query(`
      CREATE TABLE "payments"."rate_cards" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "country" char(2) NOT NULL,
        "currency" char(3) NOT NULL,
        "daily_rate_minor" bigint NOT NULL CHECK ("daily_rate_minor" > 0),
        "valid_from" date NOT NULL,
        "created_at" timestamptz NOT NULL,
        UNIQUE ("country", "valid_from")
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "payments"."rate_cards", "payments"."audit_log"`);
  }
}
