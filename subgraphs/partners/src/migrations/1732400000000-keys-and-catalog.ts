import { auditTableSql } from "@psg/shared";
import type { MigrationInterface, QueryRunner } from "typeorm";
import { SEED_COMPETENCIES, SEED_ENGAGEMENT_TYPES, SEED_EXAMS, SEED_OFFERINGS } from "../catalog/catalog.seed";

export class KeysAndCatalog1732400000000 implements MigrationInterface {
  name = "KeysAndCatalog1732400000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(auditTableSql("partners"));
    await q.query(`
      CREATE TABLE "partners"."api_keys" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "organization_kind" text NOT NULL CHECK ("organization_kind" IN ('OPERATOR', 'PARTNER', 'CUSTOMER')),
        "organization_id" uuid,
        "roles" text[] NOT NULL,
        "key_hash" text NOT NULL UNIQUE,
        "last_four" text NOT NULL,
        "created_at" timestamptz NOT NULL,
        "expires_at" timestamptz,
        "last_used_at" timestamptz,
        "revoked_at" timestamptz
      );
      CREATE INDEX "api_keys_organization_idx" ON "partners"."api_keys" ("organization_kind", "organization_id", "created_at", "id");
      CREATE INDEX "api_keys_created_idx" ON "partners"."api_keys" ("created_at", "id");

      CREATE TABLE "partners"."competencies" ("code" text PRIMARY KEY, "name" text NOT NULL);
      CREATE TABLE "partners"."exams" (
        "code" text PRIMARY KEY,
        "name" text NOT NULL,
        "competency_code" text NOT NULL REFERENCES "partners"."competencies" ("code")
      );
      CREATE INDEX "exams_competency_idx" ON "partners"."exams" ("competency_code");
      CREATE TABLE "partners"."offerings" (
        "code" text PRIMARY KEY,
        "name" text NOT NULL,
        "status" text NOT NULL CHECK ("status" IN ('ACTIVE', 'RETIRED'))
      );
      CREATE TABLE "partners"."engagement_types" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "offering_code" text NOT NULL REFERENCES "partners"."offerings" ("code"),
        "allowed_service_levels" int[] NOT NULL,
        "max_days" int NOT NULL CHECK ("max_days" BETWEEN 1 AND 15),
        "status" text NOT NULL CHECK ("status" IN ('ACTIVE', 'RETIRED'))
      );
      CREATE INDEX "engagement_types_offering_idx" ON "partners"."engagement_types" ("offering_code");
      CREATE TABLE "partners"."engagement_type_requirements" (
        "engagement_type_id" uuid NOT NULL REFERENCES "partners"."engagement_types" ("id") ON DELETE CASCADE,
        "competency_code" text NOT NULL REFERENCES "partners"."competencies" ("code"),
        "minimum_level" text NOT NULL CHECK ("minimum_level" IN ('SILVER', 'GOLD')),
        PRIMARY KEY ("engagement_type_id", "competency_code")
      );
    `);
    for (const [code, name] of SEED_COMPETENCIES) {
      await q.query(`INSERT INTO "partners"."competencies" ("code", "name") VALUES ($1, $2)`, [code, name]);
    }
    for (const [code, name, competency] of SEED_EXAMS) {
      await q.query(`INSERT INTO "partners"."exams" ("code", "name", "competency_code") VALUES ($1, $2, $3)`, [
        code,
        name,
        competency,
      ]);
    }
    for (const [code, name] of SEED_OFFERINGS) {
      await q.query(`INSERT INTO "partners"."offerings" ("code", "name", "status") VALUES ($1, $2, 'ACTIVE')`, [code, name]);
    }
    for (const type of SEED_ENGAGEMENT_TYPES) {
      await q.query(
        `INSERT INTO "partners"."engagement_types" ("id", "name", "offering_code", "allowed_service_levels", "max_days", "status")
         VALUES ($1, $2, $3, '{1,3,5,10,15}', 15, 'ACTIVE')`,
        [type.id, type.name, type.offeringCode],
      );
      for (const [competency, level] of type.requires) {
        await q.query(
          `INSERT INTO "partners"."engagement_type_requirements" ("engagement_type_id", "competency_code", "minimum_level") VALUES ($1, $2, $3)`,
          [type.id, competency, level],
        );
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "partners"."engagement_type_requirements", "partners"."engagement_types", "partners"."offerings",
      "partners"."exams", "partners"."competencies", "partners"."api_keys", "partners"."audit_log"`);
  }
}
