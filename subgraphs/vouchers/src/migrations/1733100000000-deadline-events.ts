import { deadlineEventsTableSql } from "@psg/shared";
import type { MigrationInterface, QueryRunner } from "typeorm";

/** Marks of time-driven events already recorded (voucher.expiring), so each fires once. */
export class DeadlineEvents1733100000000 implements MigrationInterface {
  name = "DeadlineEvents1733100000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(deadlineEventsTableSql("vouchers"));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "vouchers"."deadline_events"`);
  }
}
