import { auditTableSql, outboxTableSql } from "@psg/shared";
import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The event store (every subgraph's outbox events in one global order), webhook endpoints,
 * their deliveries and every attempt; plus this subgraph's own audit table and outbox.
 */
export class Events1732700000000 implements MigrationInterface {
  name = "Events1732700000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "events"."events" (
        "position" bigserial PRIMARY KEY,
        "id" uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
        "source" text NOT NULL,
        "outbox_id" bigint NOT NULL,
        "type" text NOT NULL,
        "subject_type" text NOT NULL,
        "subject_id" text NOT NULL,
        "occurred_at" timestamptz NOT NULL,
        "recorded_at" timestamptz NOT NULL DEFAULT now(),
        "audiences" text[] NOT NULL,
        "data" jsonb NOT NULL,
        CONSTRAINT "events_source_outbox_uq" UNIQUE ("source", "outbox_id")
      );
      CREATE INDEX "events_audiences_idx" ON "events"."events" USING gin ("audiences");
      CREATE INDEX "events_subject_idx" ON "events"."events" ("subject_id", "position");

      CREATE TABLE "events"."webhook_endpoints" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "organization_kind" text NOT NULL,
        "organization_id" text,
        "url" text NOT NULL,
        "event_types" text[] NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "secret" text NOT NULL,
        "enabled" boolean NOT NULL DEFAULT true,
        "created_at" timestamptz NOT NULL,
        "updated_at" timestamptz NOT NULL,
        "failing_since" timestamptz,
        "disabled_at" timestamptz
      );
      CREATE INDEX "webhook_endpoints_organization_idx" ON "events"."webhook_endpoints" ("organization_kind", "organization_id");

      CREATE TABLE "events"."webhook_deliveries" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "endpoint_id" uuid NOT NULL REFERENCES "events"."webhook_endpoints" ("id") ON DELETE CASCADE,
        "event_id" uuid REFERENCES "events"."events" ("id"),
        "webhook_id" text NOT NULL,
        "event_type" text NOT NULL,
        "payload" jsonb,
        "status" text NOT NULL DEFAULT 'PENDING',
        "attempts" int NOT NULL DEFAULT 0,
        "created_at" timestamptz NOT NULL,
        "next_attempt_at" timestamptz NOT NULL,
        "locked_until" timestamptz,
        "delivered_at" timestamptz,
        CONSTRAINT "webhook_deliveries_event_uq" UNIQUE ("endpoint_id", "event_id")
      );
      CREATE INDEX "webhook_deliveries_endpoint_idx" ON "events"."webhook_deliveries" ("endpoint_id", "created_at", "id");
      CREATE INDEX "webhook_deliveries_pending_idx" ON "events"."webhook_deliveries" ("next_attempt_at") WHERE "status" = 'PENDING';

      CREATE TABLE "events"."webhook_attempts" (
        "id" bigserial PRIMARY KEY,
        "delivery_id" uuid NOT NULL REFERENCES "events"."webhook_deliveries" ("id") ON DELETE CASCADE,
        "attempt" int NOT NULL,
        "attempted_at" timestamptz NOT NULL,
        "succeeded" boolean NOT NULL,
        "status_code" int,
        "duration_ms" int NOT NULL,
        "error" text
      );
      CREATE INDEX "webhook_attempts_delivery_idx" ON "events"."webhook_attempts" ("delivery_id", "attempt");`);
    await q.query(auditTableSql("events"));
    await q.query(outboxTableSql("events"));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "events"."webhook_attempts", "events"."webhook_deliveries", "events"."webhook_endpoints",
      "events"."events", "events"."audit_log", "events"."outbox"`);
  }
}
