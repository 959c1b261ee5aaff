import { deadlineEventsTableSql } from "@psg/shared";
import type { MigrationInterface, QueryRunner } from "typeorm";

/** Marks of time-driven events already recorded (payment_request.overdue, payment_request.claim_deadline_approaching), so each fires once. */
export class DeadlineEvents1733100000000 implements MigrationInterface {
  name = "DeadlineEvents1733100000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(deadlineEventsTableSql("payments"));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "payments"."deadline_events"`);
  }
}
