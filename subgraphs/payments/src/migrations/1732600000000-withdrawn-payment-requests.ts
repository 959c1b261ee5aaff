import type { MigrationInterface, QueryRunner } from "typeorm";

/** A partner may withdraw a draft: the WITHDRAWN status and when it happened. */
export class WithdrawnPaymentRequests1732600000000 implements MigrationInterface {
  name = "WithdrawnPaymentRequests1732600000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "payments"."payment_requests"
        ADD COLUMN "withdrawn_at" timestamptz,
        DROP CONSTRAINT "payment_requests_status_check",
        ADD CONSTRAINT "payment_requests_status_check"
          CHECK ("status" IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'DENIED', 'PAID', 'WITHDRAWN')),
        ADD CONSTRAINT "payment_requests_withdrawn_at_check"
          CHECK (("status" = 'WITHDRAWN') = ("withdrawn_at" IS NOT NULL));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "payments"."payment_requests"
        DROP CONSTRAINT "payment_requests_withdrawn_at_check",
        DROP CONSTRAINT "payment_requests_status_check",
        ADD CONSTRAINT "payment_requests_status_check"
          CHECK ("status" IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'DENIED', 'PAID')),
        DROP COLUMN "withdrawn_at";
    `);
  }
}
