import type { MigrationInterface, QueryRunner } from "typeorm";

export class PaymentRequests1732500000000 implements MigrationInterface {
  name = "PaymentRequests1732500000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "payments"."payment_tool_registrations" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "partner_id" uuid NOT NULL,
        "offering_code" text NOT NULL,
        "registered_by" text NOT NULL,
        "registered_at" timestamptz NOT NULL,
        CONSTRAINT "payment_tool_registrations_once" UNIQUE ("partner_id", "offering_code")
      );

      CREATE TABLE "payments"."bank_accounts" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "partner_id" uuid NOT NULL,
        "location_id" uuid NOT NULL,
        "holder_name" text NOT NULL,
        "account_number" text NOT NULL,
        "currency" char(3) NOT NULL,
        "created_at" timestamptz NOT NULL,
        CONSTRAINT "bank_accounts_one_per_location" UNIQUE ("location_id")
      );
      CREATE INDEX "bank_accounts_partner_idx" ON "payments"."bank_accounts" ("partner_id");

      CREATE TABLE "payments"."payment_requests" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "reference_number" text NOT NULL,
        "partner_id" uuid NOT NULL,
        "location_id" uuid NOT NULL,
        "bank_account_id" uuid NOT NULL REFERENCES "payments"."bank_accounts" ("id"),
        "country" char(2) NOT NULL,
        "currency" char(3) NOT NULL,
        "total_minor" bigint NOT NULL CHECK ("total_minor" >= 0),
        "status" text NOT NULL CHECK ("status" IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'DENIED', 'PAID')),
        "created_at" timestamptz NOT NULL,
        "submitted_at" timestamptz,
        "approved_at" timestamptz,
        "denied_at" timestamptz,
        "denial_reason" text,
        "paid_at" timestamptz,
        "payment_reference" text,
        "due_by" timestamptz,
        CONSTRAINT "payment_requests_reference_number_key" UNIQUE ("reference_number")
      );
      CREATE INDEX "payment_requests_partner_idx" ON "payments"."payment_requests" ("partner_id", "created_at", "id");
      CREATE INDEX "payment_requests_status_idx" ON "payments"."payment_requests" ("status", "created_at", "id");
      CREATE INDEX "payment_requests_created_idx" ON "payments"."payment_requests" ("created_at", "id");

      CREATE TABLE "payments"."payment_request_lines" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "request_id" uuid NOT NULL REFERENCES "payments"."payment_requests" ("id"),
        "voucher_id" uuid NOT NULL,
        "offering_code" text NOT NULL,
        "days" int NOT NULL CHECK ("days" > 0),
        "daily_rate_minor" bigint NOT NULL CHECK ("daily_rate_minor" > 0),
        "amount_minor" bigint NOT NULL CHECK ("amount_minor" = "days" * "daily_rate_minor"),
        "currency" char(3) NOT NULL,
        "redeemed_at" timestamptz NOT NULL,
        "claimed_at" timestamptz NOT NULL,
        "released" boolean NOT NULL DEFAULT false
      );
      CREATE INDEX "payment_request_lines_request_idx" ON "payments"."payment_request_lines" ("request_id");
      CREATE INDEX "payment_request_lines_voucher_idx" ON "payments"."payment_request_lines" ("voucher_id", "claimed_at");
      CREATE UNIQUE INDEX "payment_request_lines_one_claim" ON "payments"."payment_request_lines" ("voucher_id") WHERE NOT "released";
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "payments"."payment_request_lines", "payments"."payment_requests",
      "payments"."bank_accounts", "payments"."payment_tool_registrations"`);
  }
}
