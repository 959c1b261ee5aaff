import { outboxTableSql } from "@psg/shared";
import type { MigrationInterface, QueryRunner } from "typeorm";

/** The transactional outbox: each state change's event, written with the change. */
export class Outbox1732650000000 implements MigrationInterface {
  name = "Outbox1732650000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(outboxTableSql("vouchers"));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "vouchers"."outbox"`);
  }
}
