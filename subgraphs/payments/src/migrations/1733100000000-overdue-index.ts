import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The approved requests in the list's order (created_at, id) with their due date in the
 * index, for paymentRequests(overdue:): a partner's list and the operators' one check the
 * due date on index entries.
 */
export class OverdueIndex1733100000000 implements MigrationInterface {
  name = "OverdueIndex1733100000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX "payment_requests_partner_approved_idx" ON "payments"."payment_requests" ("partner_id", "created_at", "id", "due_by")
        WHERE "status" = 'APPROVED';
      CREATE INDEX "payment_requests_approved_idx" ON "payments"."payment_requests" ("created_at", "id", "due_by")
        WHERE "status" = 'APPROVED';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX "payments"."payment_requests_approved_idx";
      DROP INDEX "payments"."payment_requests_partner_approved_idx";
    `);
  }
}
