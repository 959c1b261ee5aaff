import { deadlineEventsTableSql } from "@psg/shared";
import type { MigrationInterface, QueryRunner } from "typeorm";

/** Marks of time-driven events already recorded (enrollment.expiring), so each fires once. */
export class DeadlineEvents1733100000000 implements MigrationInterface {
  name = "DeadlineEvents1733100000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(deadlineEventsTableSql("partners"));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "partners"."deadline_events"`);
  }
}
