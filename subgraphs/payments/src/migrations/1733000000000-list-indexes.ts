import type { MigrationInterface, QueryRunner } from "typeorm";

/** A partner's payment requests by status, in the list's order, so a page reads only its rows. */
export class ListIndexes1733000000000 implements MigrationInterface {
  name = "ListIndexes1733000000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "payment_requests_partner_status_idx" ON "payments"."payment_requests" ("partner_id", "status", "created_at", "id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "payments"."payment_requests_partner_status_idx"`);
  }
}
