import type { MigrationInterface, QueryRunner } from "typeorm";

export class VouchersEngagements1732500000000 implements MigrationInterface {
  name = "VouchersEngagements1732500000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "vouchers"."vouchers" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "number" text NOT NULL,
        "customer_id" uuid NOT NULL REFERENCES "vouchers"."customers" ("id"),
        "offering_code" text NOT NULL,
        "service_level_days" int NOT NULL CHECK ("service_level_days" BETWEEN 1 AND 15),
        "assignee_name" text NOT NULL,
        "assignee_email" text NOT NULL,
        "status" text NOT NULL CHECK ("status" IN ('ASSIGNED', 'RESERVED', 'REDEEMED', 'EXPIRED', 'CANCELLED')),
        "created_at" timestamptz NOT NULL,
        "expires_at" timestamptz NOT NULL,
        "partner_id" uuid,
        "reserved_at" timestamptz,
        "redeemed_at" timestamptz,
        "days_returned" int NOT NULL DEFAULT 0 CHECK ("days_returned" >= 0),
        CHECK ("status" <> 'RESERVED' OR "partner_id" IS NOT NULL),
        CHECK ("status" <> 'REDEEMED' OR ("partner_id" IS NOT NULL AND "redeemed_at" IS NOT NULL))
      );
      CREATE UNIQUE INDEX "vouchers_number_key" ON "vouchers"."vouchers" ("number");
      CREATE INDEX "vouchers_customer_idx" ON "vouchers"."vouchers" ("customer_id", "created_at", "id");
      CREATE INDEX "vouchers_partner_idx" ON "vouchers"."vouchers" ("partner_id", "created_at", "id");
      CREATE INDEX "vouchers_created_idx" ON "vouchers"."vouchers" ("created_at", "id");
      CREATE INDEX "vouchers_status_idx" ON "vouchers"."vouchers" ("status", "expires_at");
      CREATE INDEX "vouchers_offering_idx" ON "vouchers"."vouchers" ("offering_code");

      CREATE TABLE "vouchers"."engagements" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "voucher_id" uuid NOT NULL REFERENCES "vouchers"."vouchers" ("id"),
        "customer_id" uuid NOT NULL REFERENCES "vouchers"."customers" ("id"),
        "engagement_type_id" uuid NOT NULL,
        "max_days" int NOT NULL CHECK ("max_days" BETWEEN 1 AND 15),
        "partner_id" uuid NOT NULL,
        "location_id" uuid NOT NULL,
        "delivery_country" char(2) NOT NULL,
        "planned_start" date NOT NULL,
        "planned_end" date NOT NULL,
        "actual_start" date,
        "actual_end" date,
        "days_delivered" int CHECK ("days_delivered" BETWEEN 1 AND 15),
        "offsite_days" int CHECK ("offsite_days" >= 0),
        "consultant_ids" uuid[] NOT NULL DEFAULT '{}',
        "status" text NOT NULL CHECK ("status" IN ('SCHEDULED', 'IN_DELIVERY', 'DELIVERED', 'REPORTED', 'CANCELLED')),
        "created_at" timestamptz NOT NULL,
        "cancelled_at" timestamptz,
        "cancel_reason" text,
        CHECK ("planned_end" >= "planned_start")
      );
      -- one active engagement (reservation) per voucher
      CREATE UNIQUE INDEX "engagements_active_voucher_key" ON "vouchers"."engagements" ("voucher_id") WHERE "status" <> 'CANCELLED';
      CREATE INDEX "engagements_voucher_idx" ON "vouchers"."engagements" ("voucher_id");
      CREATE INDEX "engagements_customer_idx" ON "vouchers"."engagements" ("customer_id");
      CREATE INDEX "engagements_partner_idx" ON "vouchers"."engagements" ("partner_id", "created_at", "id");

      CREATE TABLE "vouchers"."completion_reports" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "engagement_id" uuid NOT NULL REFERENCES "vouchers"."engagements" ("id"),
        "summary" text NOT NULL,
        "deliverable_kind" text NOT NULL,
        "file_name" text NOT NULL,
        "content_type" text NOT NULL,
        "size_bytes" int NOT NULL CHECK ("size_bytes" > 0),
        "sha256" char(64) NOT NULL,
        "content" bytea NOT NULL,
        "submitted_at" timestamptz NOT NULL,
        "submitted_by" text NOT NULL
      );
      -- one report per engagement
      CREATE UNIQUE INDEX "completion_reports_engagement_key" ON "vouchers"."completion_reports" ("engagement_id");

      CREATE TABLE "vouchers"."validation_failures" (
        "id" bigserial PRIMARY KEY,
        "api_key_id" text NOT NULL,
        "at" timestamptz NOT NULL
      );
      CREATE INDEX "validation_failures_key_idx" ON "vouchers"."validation_failures" ("api_key_id", "at");
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE "vouchers"."validation_failures", "vouchers"."completion_reports", "vouchers"."engagements", "vouchers"."vouchers"`,
    );
  }
}
