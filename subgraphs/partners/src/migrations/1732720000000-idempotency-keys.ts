import { idempotencyTableSql } from "@psg/shared";
import type { MigrationInterface, QueryRunner } from "typeorm";

/** The outcomes of mutations sent with an Idempotency-Key, kept 24 hours. */
export class IdempotencyKeys1732720000000 implements MigrationInterface {
  name = "IdempotencyKeys1732720000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(idempotencyTableSql("partners"));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "partners"."idempotency_keys"`);
  }
}
