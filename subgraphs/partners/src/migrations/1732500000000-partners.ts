import type { MigrationInterface, QueryRunner } from "typeorm";

export class Partners1732500000000 implements MigrationInterface {
  name = "Partners1732500000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "partners"."partners" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "mpn_id" text NOT NULL UNIQUE,
        "legal_name" text NOT NULL,
        "membership_start" date NOT NULL,
        "membership_end" date NOT NULL CHECK ("membership_end" >= "membership_start"),
        "created_at" timestamptz NOT NULL
      );
      CREATE INDEX "partners_legal_name_idx" ON "partners"."partners" ("legal_name", "id");
      CREATE INDEX "partners_legal_name_search_idx" ON "partners"."partners" (lower("legal_name") text_pattern_ops);

      CREATE TABLE "partners"."partner_locations" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "partner_id" uuid NOT NULL REFERENCES "partners"."partners" ("id"),
        "mpn_location_id" text NOT NULL,
        "country" char(2) NOT NULL,
        "address" text NOT NULL,
        "created_at" timestamptz NOT NULL,
        UNIQUE ("partner_id", "mpn_location_id")
      );

      CREATE TABLE "partners"."partner_competencies" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "partner_id" uuid NOT NULL REFERENCES "partners"."partners" ("id"),
        "competency_code" text NOT NULL REFERENCES "partners"."competencies" ("code"),
        "level" text NOT NULL CHECK ("level" IN ('SILVER', 'GOLD')),
        "attained_at" date NOT NULL,
        "expires_at" date NOT NULL CHECK ("expires_at" >= "attained_at"),
        UNIQUE ("partner_id", "competency_code")
      );

      CREATE TABLE "partners"."consultants" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "partner_id" uuid NOT NULL REFERENCES "partners"."partners" ("id"),
        "name" text NOT NULL,
        "email" text NOT NULL,
        "created_at" timestamptz NOT NULL
      );
      CREATE UNIQUE INDEX "consultants_partner_email_key" ON "partners"."consultants" ("partner_id", lower("email"));
      CREATE INDEX "consultants_partner_idx" ON "partners"."consultants" ("partner_id", "created_at", "id");

      CREATE TABLE "partners"."exam_passes" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "consultant_id" uuid NOT NULL REFERENCES "partners"."consultants" ("id"),
        "exam_code" text NOT NULL REFERENCES "partners"."exams" ("code"),
        "passed_at" date NOT NULL,
        "expires_at" date NOT NULL CHECK ("expires_at" >= "passed_at"),
        UNIQUE ("consultant_id", "exam_code")
      );

      CREATE TABLE "partners"."program_enrollments" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "partner_id" uuid NOT NULL REFERENCES "partners"."partners" ("id"),
        "offering_code" text NOT NULL REFERENCES "partners"."offerings" ("code"),
        "agreement_version" text NOT NULL,
        "signed_by" text NOT NULL,
        "enrolled_at" timestamptz NOT NULL,
        "expires_at" timestamptz NOT NULL,
        CONSTRAINT "program_enrollments_partner_offering_key" UNIQUE ("partner_id", "offering_code")
      );

      CREATE TABLE "partners"."business_profiles" (
        "partner_id" uuid NOT NULL REFERENCES "partners"."partners" ("id"),
        "region" text NOT NULL,
        "description" text NOT NULL CHECK (char_length("description") <= 2500),
        "website" text,
        "industries" text[] NOT NULL,
        "products" text[] NOT NULL,
        "updated_at" timestamptz NOT NULL,
        PRIMARY KEY ("partner_id", "region")
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "partners"."business_profiles", "partners"."program_enrollments", "partners"."exam_passes",
      "partners"."consultants", "partners"."partner_competencies", "partners"."partner_locations", "partners"."partners"`);
  }
}
