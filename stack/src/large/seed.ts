import { PARTNERS_SCHEMA, partnersEntities, partnersMigrations } from "@psg/partners";
import { PAYMENTS_SCHEMA, paymentsEntities, paymentsMigrations } from "@psg/payments";
import { generateApiKeySecret, hashApiKey, type Logger, openDatabase, type Role } from "@psg/shared";
import { VOUCHERS_SCHEMA, vouchersEntities, vouchersMigrations } from "@psg/vouchers";
import { Client } from "pg";

export interface LargeSizes {
  vouchers: number;
  partners: number;
  customers: number;
  /** Extra keys (half partners', half customers') for load with many keys. */
  keys: number;
}

export const defaultSizes = (vouchers: number): LargeSizes => ({
  vouchers,
  partners: Math.max(20, Math.round(vouchers / 200)),
  customers: Math.max(50, Math.round(vouchers / 20)),
  keys: 200,
});

export interface LargeKey {
  label: string;
  secret: string;
  organizationKind: "OPERATOR" | "PARTNER" | "CUSTOMER";
  organizationId: string | null;
}

export interface LargeSeedResult {
  /** The operator, a large partner, a typical partner, a large customer's two roles. */
  keys: LargeKey[];
  /** Keys of many partners and customers, for load that spreads over the data. */
  manyKeys: LargeKey[];
  largePartner: { id: string; engagements: number };
  typicalPartner: { id: string; engagements: number };
  customer: { id: string; vouchers: number };
  counts: Record<string, number>;
}

/** Reports progress: a step's name and how many of the total units are done. */
export type Progress = (done: number, step: string) => void;

const COUNTRIES = ["DE", "FR", "GB", "US", "JP"];
const CURRENCY: Record<string, string> = { DE: "EUR", FR: "EUR", GB: "GBP", US: "USD", JP: "JPY" };
const DAILY_RATE: Record<string, number> = { DE: 110000, FR: 105000, GB: 95000, US: 125000, JP: 150000 };
const SUFFIX: Record<string, string> = { DE: "GmbH", FR: "SARL", GB: "Ltd", US: "Inc.", JP: "K.K." };
const NAME_FIRST = [
  "Alpine",
  "Bluewave",
  "Cobalt",
  "Delta",
  "Evergreen",
  "Fabrikam",
  "Granite",
  "Harbor",
  "Ironwood",
  "Juniper",
  "Keystone",
  "Lakeside",
  "Meridian",
  "Northwind",
  "Orchid",
  "Pinnacle",
  "Quantum",
  "Redwood",
  "Summit",
  "Tailspin",
  "Unity",
  "Vertex",
  "Woodgrove",
  "Xenon",
  "Yellowstone",
  "Zephyr",
];
const NAME_SECOND = [
  "Consulting",
  "Advisory",
  "Systems",
  "Solutions",
  "Partners",
  "Technologies",
  "Services",
  "Digital",
  "IT",
  "Group",
];
const VOUCHER_CHUNK = 50_000;

const sqlArray = (values: string[]): string => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(", ")}]`;
/** A deterministic uuid for row `n` of `kind`, so later steps can name rows without reading them back. */
const idOf = (kind: string, n: string): string => `md5('${kind}:' || ${n})::uuid`;

/** Runs every subgraph's migrations on `url`, as each subgraph does at start-up. */
async function migrate(url: string, log: Logger): Promise<void> {
  const sets = [
    { schema: PARTNERS_SCHEMA, entities: partnersEntities, migrations: partnersMigrations },
    { schema: VOUCHERS_SCHEMA, entities: vouchersEntities, migrations: vouchersMigrations },
    { schema: PAYMENTS_SCHEMA, entities: paymentsEntities, migrations: paymentsMigrations },
  ];
  for (const set of sets) {
    const db = await openDatabase({ url, ...set, log, poolSize: 1 });
    await db.destroy();
  }
}

/** The units of work seedLarge reports, for a progress bar's total. */
export const seedUnits = (sizes: LargeSizes): number => sizes.partners * 4 + sizes.customers + sizes.vouchers * 2 + 1;

/**
 * A realistic program written straight into PostgreSQL, set-wise (INSERT … SELECT over
 * generate_series), after the migrations: partners with locations, competencies,
 * enrolments, consultants and profiles; customers with their benefit; vouchers in every
 * state (about 45 % redeemed, 15 % reserved, 15 % assigned, 15 % expired, 10 % cancelled,
 * a few partners holding most of them) with their engagements and completion reports; rate
 * cards, bank accounts, payment-tool registrations and monthly payment requests with their
 * lines; and API keys. Everything follows the rules: days taken from and returned to the
 * pools add up, statuses match dates and engagement statuses, only redeemed vouchers are
 * claimed, at most once. Refuses a database that already holds partners.
 */
export async function seedLarge(
  url: string,
  sizes: LargeSizes,
  log: Logger,
  progress: Progress = () => {},
): Promise<LargeSeedResult> {
  await migrate(url, log);
  const db = new Client({ connectionString: url, application_name: "psg-seed-large" });
  await db.connect();
  let done = 0;
  const step = async (name: string, units: number, sql: string, params: unknown[] = []) => {
    await db.query(sql, params);
    done += units;
    progress(done, name);
  };
  try {
    const existing = await db.query(`SELECT 1 FROM "partners"."partners" LIMIT 1`);
    if (existing.rowCount) throw new Error("the database already holds partners: seed:large needs an empty one");
    await db.query("SET synchronous_commit = off");
    await db.query("SET maintenance_work_mem = '256MB'");
    await db.query("SELECT setseed(0.2026)");
    const now = new Date();
    await db.query(`CREATE TEMP TABLE "seed_now" AS SELECT $1::timestamptz AS "at"`, [now]);
    const P = sizes.partners;
    const C = sizes.customers;

    const types: { id: string; offering_code: string; levels: number[] }[] = (
      await db.query(`SELECT "id", "offering_code", "allowed_service_levels" AS "levels" FROM "partners"."engagement_types"
        WHERE "status" = 'ACTIVE' ORDER BY "offering_code", "name"`)
    ).rows;
    const offerings = [...new Set(types.map((t) => t.offering_code))];
    const typeOf = `CASE "offering_code" ${offerings
      .map((o) => `WHEN '${o}' THEN '${types.find((t) => t.offering_code === o)?.id}'::uuid`)
      .join(" ")} END`;

    // partners: the first ones hold most vouchers (as in the real program)
    await step(
      "partners",
      P,
      `INSERT INTO "partners"."partners" ("id", "mpn_id", "legal_name", "membership_start", "membership_end", "created_at")
       SELECT ${idOf("partner", "i")}, (4000000 + i)::text,
         CASE WHEN i = 1 THEN 'Contoso Consulting GmbH' ELSE
           (${sqlArray(NAME_FIRST)})[1 + (i * 7) % ${NAME_FIRST.length}] || ' ' || (${sqlArray(NAME_SECOND)})[1 + (i / ${NAME_FIRST.length}) % ${NAME_SECOND.length}]
           || CASE WHEN i > ${NAME_FIRST.length * NAME_SECOND.length} THEN ' ' || (i / ${NAME_FIRST.length * NAME_SECOND.length} + 1)::text ELSE '' END
           || ' ' || (${sqlArray(COUNTRIES.map((c) => SUFFIX[c]))})[1 + i % ${COUNTRIES.length}] END,
         (now() - interval '4 years')::date, (now() + interval '2 years')::date, now() - interval '4 years'
       FROM generate_series(1, ${P}) i`,
    );
    // one to three locations each; the first is in the partner's home country
    await db.query(`CREATE TEMP TABLE "partner_map" AS
      SELECT i AS "k", ${idOf("partner", "i")} AS "id", ${idOf("location", "i || '-1'")} AS "location_id",
        (${sqlArray(COUNTRIES)})[1 + i % ${COUNTRIES.length}] AS "country", ${idOf("consultant", "i || '-1'")} AS "consultant_id"
      FROM generate_series(1, ${P}) i`);
    await db.query(`CREATE UNIQUE INDEX ON "partner_map" ("id")`);
    await step(
      "locations",
      P,
      `INSERT INTO "partners"."partner_locations" ("id", "partner_id", "mpn_location_id", "country", "address", "created_at")
       SELECT ${idOf("location", "i || '-' || j")}, ${idOf("partner", "i")}, (5000000 + i * 3 + j)::text,
         (${sqlArray(COUNTRIES)})[1 + (i + j - 1) % ${COUNTRIES.length}], 'Street ' || j || ', City ' || (i % 97), now() - interval '4 years'
       FROM generate_series(1, ${P}) i, generate_series(1, 1 + i % 3) j`,
    );
    await step(
      "competencies and enrolments",
      P,
      `WITH "required" AS (SELECT DISTINCT "competency_code" FROM "partners"."engagement_type_requirements"),
       "c" AS (INSERT INTO "partners"."partner_competencies" ("partner_id", "competency_code", "level", "attained_at", "expires_at")
         SELECT ${idOf("partner", "i")}, "r"."competency_code", CASE WHEN i % 4 = 0 THEN 'SILVER' ELSE 'GOLD' END,
           (now() - interval '1 year')::date, (now() + interval '1 year')::date
         FROM generate_series(1, ${P}) i, "required" "r" RETURNING 1)
       INSERT INTO "partners"."program_enrollments" ("partner_id", "offering_code", "agreement_version", "signed_by", "enrolled_at", "expires_at")
       SELECT ${idOf("partner", "i")}, "o", '2021-01', 'seed', now() - interval '100 days', now() + interval '265 days'
       FROM generate_series(1, ${P}) i, unnest(${sqlArray(offerings)}) "o"`,
    );
    await step(
      "consultants and profiles",
      P,
      `WITH "c" AS (INSERT INTO "partners"."consultants" ("id", "partner_id", "name", "email", "created_at")
         SELECT ${idOf("consultant", "i || '-' || j")}, ${idOf("partner", "i")}, 'Consultant ' || i || '-' || j,
           'consultant' || j || '@partner' || i || '.example', now() - interval '3 years' + j * interval '1 day'
         FROM generate_series(1, ${P}) i, generate_series(1, 2 + i % 5) j RETURNING "id"),
       "e" AS (INSERT INTO "partners"."exam_passes" ("consultant_id", "exam_code", "passed_at", "expires_at")
         SELECT "id", 'MD-100', (now() - interval '1 year')::date, (now() + interval '1 year')::date FROM "c" RETURNING 1)
       INSERT INTO "partners"."business_profiles" ("partner_id", "region", "description", "website", "industries", "products", "updated_at")
       SELECT ${idOf("partner", "i")}, (ARRAY['EMEA', 'EMEA', 'EMEA', 'AMERICAS', 'APAC'])[1 + i % 5], 'Deployment planning for mid-size customers.',
         'https://partner' || i || '.example', '{Retail,Manufacturing}', '{Windows,Office}', now() - interval '1 year'
       FROM generate_series(1, ${P}) i`,
    );
    await step(
      "customers",
      C,
      `INSERT INTO "vouchers"."customers" ("id", "name", "country", "agreement_number", "sa_coverage_end", "created_at")
       SELECT ${idOf("customer", "c")}, CASE WHEN c = 1 THEN 'Fabrikam Ltd' ELSE 'Customer ' || c || ' ' || (${sqlArray(COUNTRIES.map((x) => SUFFIX[x]))})[1 + c % 5] END,
         (${sqlArray(COUNTRIES)})[1 + c % ${COUNTRIES.length}], 'EA-' || (7000000 + c), (now() + interval '1 year' + (c % 700) * interval '1 day')::date,
         now() - interval '4 years'
       FROM generate_series(1, ${C}) c`,
    );

    // bulk tables load faster without their secondary indexes; they are built once at the end
    const deferred = await dropSecondaryIndexes(db, [
      "vouchers.vouchers",
      "vouchers.engagements",
      "vouchers.completion_reports",
      "payments.payment_requests",
      "payments.payment_request_lines",
    ]);

    // vouchers, their engagements and completion reports, a chunk at a time
    const levels = [1, 3, 5, 5, 5, 10, 3, 15];
    for (let from = 1; from <= sizes.vouchers; from += VOUCHER_CHUNK) {
      const to = Math.min(sizes.vouchers, from + VOUCHER_CHUNK - 1);
      await step(
        "vouchers",
        (to - from + 1) * 2,
        `WITH "r" AS (
           SELECT n, random() AS u1, random() AS u2, random() AS u3, random() AS u4, random() AS u5, random() AS u6,
             upper(md5('number:' || n)) AS h FROM generate_series(${from}, ${to}) n),
         "s" AS (
           SELECT *, CASE WHEN u1 < 0.45 THEN 'REDEEMED' WHEN u1 < 0.60 THEN 'RESERVED' WHEN u1 < 0.75 THEN 'ASSIGNED'
             WHEN u1 < 0.90 THEN 'EXPIRED' ELSE 'CANCELLED' END AS "status",
             1 + least(${P - 1}, floor(${P} * u4 * u4))::int AS "k",
             1 + least(${C - 1}, floor(${C} * power(u5, 1.5)))::int AS "c",
             (ARRAY[${levels.join(", ")}])[1 + floor(u3 * ${levels.length})::int] AS "level"
           FROM "r"),
         "t" AS (
           SELECT *, (SELECT "at" FROM "seed_now") - CASE "status"
               WHEN 'ASSIGNED' THEN u2 * interval '170 days' WHEN 'RESERVED' THEN u2 * interval '170 days'
               WHEN 'EXPIRED' THEN interval '185 days' + u2 * interval '800 days'
               ELSE interval '60 days' + u2 * interval '1000 days' END AS "created_at"
           FROM "s"),
         "v" AS (
           INSERT INTO "vouchers"."vouchers" ("id", "number", "customer_id", "offering_code", "service_level_days", "assignee_name",
             "assignee_email", "status", "created_at", "expires_at", "partner_id", "reserved_at", "redeemed_at", "days_returned")
           SELECT ${idOf("voucher", "n")}, 'PSV-' || substr(h, 1, 4) || '-' || substr(h, 5, 4) || '-' || substr(h, 9, 4) || '-' || substr(h, 13, 4),
             ${idOf("customer", "c")},
             (${sqlArray(offerings)})[1 + least(${offerings.length - 1}, floor(u6 * u6 * ${offerings.length}))::int],
             "level",
             'Project Manager ' || (n % 9973), 'pm' || (n % 9973) || '@customer' || c || '.example', "status",
             "created_at", "created_at" + interval '180 days',
             CASE WHEN "status" IN ('RESERVED', 'REDEEMED') THEN ${idOf("partner", "k")} END,
             CASE "status" WHEN 'RESERVED' THEN "created_at" + u3 * ((SELECT "at" FROM "seed_now") - "created_at")
               WHEN 'REDEEMED' THEN "created_at" + interval '5 days' + u3 * interval '30 days' END,
             CASE WHEN "status" = 'REDEEMED' THEN least("created_at" + interval '15 days' + u3 * interval '130 days',
               (SELECT "at" FROM "seed_now") - interval '1 day') END,
             -- an expired voucher gave its days back (SA coverage was active on its expiry date)
             CASE WHEN "status" = 'EXPIRED' THEN "level" ELSE 0 END
           FROM "t"
           RETURNING "id", "customer_id", "partner_id", "status", "service_level_days", "offering_code", "created_at", "reserved_at", "redeemed_at"),
         "e" AS (
           INSERT INTO "vouchers"."engagements" ("id", "voucher_id", "customer_id", "engagement_type_id", "max_days", "partner_id",
             "location_id", "delivery_country", "planned_start", "planned_end", "actual_start", "actual_end", "days_delivered",
             "offsite_days", "consultant_ids", "status", "created_at", "cancelled_at", "cancel_reason")
           SELECT ${idOf("engagement", `"v"."id"::text`)}, "v"."id", "v"."customer_id", ${typeOf}, 15, "pm"."id", "pm"."location_id", "pm"."country",
             "g"."start", "g"."start" + "v"."service_level_days" - 1,
             CASE WHEN "g"."status" NOT IN ('SCHEDULED', 'CANCELLED') THEN "g"."start" END,
             CASE WHEN "g"."status" IN ('DELIVERED', 'REPORTED') THEN "g"."start" + "v"."service_level_days" - 1 END,
             CASE WHEN "g"."status" IN ('DELIVERED', 'REPORTED') THEN "v"."service_level_days" END,
             CASE WHEN "g"."status" IN ('DELIVERED', 'REPORTED') THEN 0 END,
             CASE WHEN "g"."status" IN ('SCHEDULED', 'CANCELLED') THEN '{}'::uuid[] ELSE ARRAY["pm"."consultant_id"] END,
             "g"."status", "g"."reserved",
             CASE WHEN "g"."status" = 'CANCELLED' THEN "g"."reserved" + interval '2 days' END,
             CASE WHEN "g"."status" = 'CANCELLED' THEN 'The customer postponed the project.' END
           FROM "v"
           CROSS JOIN LATERAL (SELECT abs(hashtext("v"."id"::text)) AS "hash") "x"
           JOIN "partner_map" "pm" ON "pm"."k" = coalesce(
             (SELECT "p"."k" FROM "partner_map" "p" WHERE "p"."id" = "v"."partner_id"), 1 + "x"."hash" % ${P})
           CROSS JOIN LATERAL (SELECT
             CASE WHEN "v"."status" = 'REDEEMED' THEN 'REPORTED' WHEN "v"."status" = 'ASSIGNED' THEN 'CANCELLED'
               WHEN "x"."hash" % 10 < 6 THEN 'SCHEDULED' WHEN "x"."hash" % 10 < 8 THEN 'IN_DELIVERY'
               WHEN "x"."hash" % 10 < 9 THEN 'DELIVERED' ELSE 'REPORTED' END AS "status",
             coalesce("v"."reserved_at", "v"."created_at" + interval '3 days') AS "reserved",
             CASE WHEN "v"."status" = 'REDEEMED' THEN ("v"."redeemed_at" - "v"."service_level_days" * interval '1 day' - interval '1 day')::date
               WHEN "v"."status" = 'RESERVED' AND "x"."hash" % 10 >= 6 THEN least(("v"."reserved_at" + interval '1 day')::date,
                 ((SELECT "at" FROM "seed_now") - "v"."service_level_days" * interval '1 day')::date)
               ELSE ("v"."created_at" + interval '20 days')::date END AS "start") "g"
           WHERE "v"."status" IN ('RESERVED', 'REDEEMED') OR ("v"."status" = 'ASSIGNED' AND "x"."hash" % 5 = 0)
           RETURNING "id", "status", "actual_end", "partner_id")
         INSERT INTO "vouchers"."completion_reports" ("engagement_id", "summary", "deliverable_kind", "file_name", "content_type",
           "size_bytes", "sha256", "content", "submitted_at", "submitted_by")
         SELECT "e"."id", 'Assessed the estate and agreed a deployment plan.', 'DEPLOYMENT_PLAN', 'plan.pdf', 'application/pdf',
           length($1::bytea), encode(sha256($1::bytea), 'hex'), $1::bytea, "e"."actual_end" + interval '17 hours', 'seed'
         FROM "e" WHERE "e"."status" = 'REPORTED'`,
        [Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1")],
      );
    }
    // the pools add up: total = days held by vouchers + what is left
    await db.query(
      `INSERT INTO "vouchers"."benefits" ("customer_id", "status", "total_days", "remaining_days", "activated_at")
       SELECT "c"."id", 'ACTIVATED', coalesce("u"."used", 0) + "extra", "extra", "c"."created_at" + interval '1 day'
       FROM "vouchers"."customers" "c"
       CROSS JOIN LATERAL (SELECT 20 + abs(hashtext("c"."id"::text)) % 200 AS "extra") "x"
       LEFT JOIN (SELECT "customer_id", sum("service_level_days" - "days_returned") AS "used" FROM "vouchers"."vouchers"
         WHERE "status" <> 'CANCELLED' GROUP BY "customer_id") "u" ON "u"."customer_id" = "c"."id"`,
    );

    // payments: rates, a bank account per location, registrations, monthly requests of redeemed vouchers
    await db.query(
      `INSERT INTO "payments"."rate_cards" ("country", "currency", "daily_rate_minor", "valid_from", "created_at")
       SELECT * FROM unnest($1::char(2)[], $2::char(3)[], $3::bigint[]) , LATERAL (SELECT '2019-01-01'::date, now()) "t"`,
      [COUNTRIES, COUNTRIES.map((c) => CURRENCY[c]), COUNTRIES.map((c) => DAILY_RATE[c])],
    );
    await db.query(
      `INSERT INTO "payments"."bank_accounts" ("id", "partner_id", "location_id", "holder_name", "account_number", "currency", "created_at")
       SELECT ${idOf("bank", `"l"."id"::text`)}, "l"."partner_id", "l"."id", 'Account of ' || "l"."partner_id", 'DE89370400440532' || lpad((row_number() OVER ())::text, 6, '0'),
         "rc"."currency", now() - interval '3 years'
       FROM "partners"."partner_locations" "l" JOIN "payments"."rate_cards" "rc" ON "rc"."country" = "l"."country"`,
    );
    await db.query(
      `INSERT INTO "payments"."payment_tool_registrations" ("partner_id", "offering_code", "registered_by", "registered_at")
       SELECT DISTINCT "partner_id", "offering_code", 'seed', now() - interval '3 years' FROM "vouchers"."vouchers" WHERE "status" = 'REDEEMED'`,
    );
    await db.query(
      `CREATE TEMP TABLE "claim" AS
       SELECT "v"."id" AS "voucher_id", "v"."partner_id", "e"."location_id", "e"."delivery_country" AS "country", "v"."offering_code",
         "e"."days_delivered" AS "days", "v"."redeemed_at",
         ${idOf("request", `"v"."partner_id" || ':' || "e"."location_id" || ':' || to_char("v"."redeemed_at", 'YYYYMM')`)} AS "request_id",
         to_char("v"."redeemed_at", 'YYYYMM') AS "month"
       FROM "vouchers"."vouchers" "v" JOIN "vouchers"."engagements" "e" ON "e"."voucher_id" = "v"."id" AND "e"."status" <> 'CANCELLED'
       WHERE "v"."status" = 'REDEEMED' AND NOT ("v"."redeemed_at" > now() - interval '20 days' AND abs(hashtext("v"."id"::text)) % 2 = 0)`,
    );
    await db.query(
      `INSERT INTO "payments"."payment_requests" ("id", "reference_number", "partner_id", "location_id", "bank_account_id", "country",
         "currency", "total_minor", "status", "created_at", "submitted_at", "approved_at", "denied_at", "denial_reason", "paid_at",
         "payment_reference", "due_by")
       SELECT "g"."request_id", 'PR-' || "g"."month" || '-' || upper(substr(md5("g"."request_id"::text), 1, 8)), "g"."partner_id", "g"."location_id",
         ${idOf("bank", `"g"."location_id"::text`)}, "g"."country", "rc"."currency", "g"."days" * "rc"."daily_rate_minor", "s"."status", "g"."at",
         CASE WHEN "s"."status" <> 'DRAFT' THEN least("g"."at" + interval '2 days', now()) END,
         CASE WHEN "s"."status" IN ('APPROVED', 'PAID') THEN least("g"."at" + interval '7 days', now()) END,
         CASE WHEN "s"."status" = 'DENIED' THEN least("g"."at" + interval '7 days', now()) END,
         CASE WHEN "s"."status" = 'DENIED' THEN 'Days do not match the report.' END,
         CASE WHEN "s"."status" = 'PAID' THEN least("g"."at" + interval '17 days', now()) END,
         CASE WHEN "s"."status" = 'PAID' THEN 'SEPA-' || "g"."month" || '-' || substr(md5("g"."request_id"::text), 9, 6) END,
         CASE WHEN "s"."status" IN ('APPROVED', 'PAID') THEN least("g"."at" + interval '7 days', now()) + interval '30 days' END
       FROM (SELECT "request_id", "partner_id", "location_id", "country", "month", sum("days") AS "days", max("redeemed_at") + interval '1 hour' AS "at"
             FROM "claim" GROUP BY 1, 2, 3, 4, 5) "g"
       JOIN "payments"."rate_cards" "rc" ON "rc"."country" = "g"."country"
       CROSS JOIN LATERAL (SELECT CASE WHEN "g"."at" > now() - interval '10 days' THEN 'DRAFT' ELSE
         (ARRAY['PAID', 'PAID', 'PAID', 'PAID', 'PAID', 'PAID', 'PAID', 'PAID', 'PAID', 'PAID', 'PAID', 'PAID', 'PAID', 'PAID', 'PAID',
                'APPROVED', 'APPROVED', 'SUBMITTED', 'DENIED', 'DRAFT'])[1 + abs(hashtext("g"."request_id"::text)) % 20] END AS "status") "s"`,
    );
    await step(
      "payment requests",
      1,
      `INSERT INTO "payments"."payment_request_lines" ("request_id", "voucher_id", "offering_code", "days", "daily_rate_minor",
         "amount_minor", "currency", "redeemed_at", "claimed_at", "released")
       SELECT "c"."request_id", "c"."voucher_id", "c"."offering_code", "c"."days", "rc"."daily_rate_minor", "c"."days" * "rc"."daily_rate_minor",
         "rc"."currency", "c"."redeemed_at", "r"."created_at", "r"."status" = 'DENIED'
       FROM "claim" "c" JOIN "payments"."payment_requests" "r" ON "r"."id" = "c"."request_id"
       JOIN "payments"."rate_cards" "rc" ON "rc"."country" = "c"."country"`,
    );
    // what payments tells the vouchers subgraph as requests are submitted and denied
    await db.query(
      `UPDATE "vouchers"."vouchers" "v" SET "claimed" = true
       FROM "payments"."payment_request_lines" "l" JOIN "payments"."payment_requests" "r" ON "r"."id" = "l"."request_id"
       WHERE "l"."voucher_id" = "v"."id" AND NOT "l"."released" AND "r"."status" IN ('SUBMITTED', 'APPROVED', 'PAID')`,
    );

    const keys = await makeKeys(db, sizes);
    progress(done, "indexes");
    for (const definition of deferred) await db.query(definition);
    progress(done, "statistics");
    for (const table of [
      "partners.partners",
      "partners.partner_locations",
      "partners.partner_competencies",
      "partners.consultants",
      "partners.program_enrollments",
      "vouchers.customers",
      "vouchers.benefits",
      "vouchers.vouchers",
      "vouchers.engagements",
      "vouchers.completion_reports",
      "payments.payment_requests",
      "payments.payment_request_lines",
      "payments.bank_accounts",
    ]) {
      const [schema, name] = table.split(".");
      await db.query(`VACUUM (ANALYZE) "${schema}"."${name}"`);
    }
    const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].n);
    const partnerIdOf = (k: number) =>
      db.query(`SELECT ${idOf("partner", "$1::text")} AS "id"`, [k]).then((r) => r.rows[0].id as string);
    const engagementsOf = (id: string) =>
      count(`SELECT count(*) AS n FROM "vouchers"."engagements" WHERE "partner_id" = $1 AND "status" <> 'CANCELLED'`, [id]);
    const largeId = await partnerIdOf(1);
    const typicalId = await partnerIdOf(Math.ceil(P / 2));
    const customerId = keys.keys.find((k) => k.organizationKind === "CUSTOMER")?.organizationId as string;
    const counts: Record<string, number> = {};
    for (const table of [
      "partners.partners",
      "vouchers.customers",
      "vouchers.vouchers",
      "vouchers.engagements",
      "payments.payment_requests",
      "payments.payment_request_lines",
    ]) {
      const [schema, name] = table.split(".");
      counts[table] = await count(`SELECT count(*) AS n FROM "${schema}"."${name}"`);
    }
    done += 1;
    progress(done, "done");
    return {
      ...keys,
      largePartner: { id: largeId, engagements: await engagementsOf(largeId) },
      typicalPartner: { id: typicalId, engagements: await engagementsOf(typicalId) },
      customer: {
        id: customerId,
        vouchers: await count(`SELECT count(*) AS n FROM "vouchers"."vouchers" WHERE "customer_id" = $1`, [customerId]),
      },
      counts,
    };
  } finally {
    await db.end();
  }
}

/** Drops the indexes of `tables` that back no constraint; returns the statements that make them again. */
async function dropSecondaryIndexes(db: Client, tables: string[]): Promise<string[]> {
  const found = await db.query(
    `SELECT "n"."nspname" AS "schema", "i"."relname" AS "name", pg_get_indexdef("i"."oid") AS "definition"
     FROM pg_index "x" JOIN pg_class "i" ON "i"."oid" = "x"."indexrelid" JOIN pg_class "t" ON "t"."oid" = "x"."indrelid"
     JOIN pg_namespace "n" ON "n"."oid" = "t"."relnamespace"
     WHERE "n"."nspname" || '.' || "t"."relname" = ANY($1) AND NOT EXISTS (SELECT 1 FROM pg_constraint "c" WHERE "c"."conindid" = "i"."oid")`,
    [tables],
  );
  for (const index of found.rows) await db.query(`DROP INDEX "${index.schema}"."${index.name}"`);
  return found.rows.map((index) => index.definition as string);
}

/** Keys for the operator, the largest and a typical partner, the largest customer, and many others. */
async function makeKeys(db: Client, sizes: LargeSizes): Promise<{ keys: LargeKey[]; manyKeys: LargeKey[] }> {
  const ids = async (kind: string, numbers: number[]) =>
    (await db.query(`SELECT ${idOf(kind, "n::text")} AS "id" FROM unnest($1::int[]) n`, [numbers])).rows.map(
      (r) => r.id as string,
    );
  const [large, typical] = await ids("partner", [1, Math.ceil(sizes.partners / 2)]);
  const [customer] = await ids("customer", [1]);
  const rows: { key: LargeKey; roles: Role[] }[] = [
    { key: { label: "OPERATOR", secret: "", organizationKind: "OPERATOR", organizationId: null }, roles: ["OPERATOR"] },
    {
      key: { label: "large partner GLOBAL_ADMIN", secret: "", organizationKind: "PARTNER", organizationId: large },
      roles: ["GLOBAL_ADMIN"],
    },
    {
      key: { label: "typical partner GLOBAL_ADMIN", secret: "", organizationKind: "PARTNER", organizationId: typical },
      roles: ["GLOBAL_ADMIN"],
    },
    {
      key: { label: "customer BENEFITS_ADMIN", secret: "", organizationKind: "CUSTOMER", organizationId: customer },
      roles: ["BENEFITS_ADMIN"],
    },
    {
      key: { label: "customer PROJECT_MANAGER", secret: "", organizationKind: "CUSTOMER", organizationId: customer },
      roles: ["PROJECT_MANAGER"],
    },
  ];
  const spread = (count: number, size: number) =>
    Array.from({ length: count }, (_, i) => 1 + Math.floor(((i + 0.5) * size) / count));
  const half = Math.ceil(sizes.keys / 2);
  const partnerIds = await ids("partner", spread(Math.min(half, sizes.partners), sizes.partners));
  const customerIds = await ids("customer", spread(Math.min(sizes.keys - half, sizes.customers), sizes.customers));
  const many: { key: LargeKey; roles: Role[] }[] = [
    ...partnerIds.map((id, i) => ({
      key: { label: `partner ${i + 1}`, secret: "", organizationKind: "PARTNER" as const, organizationId: id },
      roles: ["GLOBAL_ADMIN" as Role],
    })),
    ...customerIds.map((id, i) => ({
      key: { label: `customer ${i + 1}`, secret: "", organizationKind: "CUSTOMER" as const, organizationId: id },
      roles: ["PROJECT_MANAGER" as Role],
    })),
  ];
  const all = [...rows, ...many];
  for (const row of all) row.key.secret = generateApiKeySecret();
  await db.query(
    `INSERT INTO "partners"."api_keys" ("name", "organization_kind", "organization_id", "roles", "key_hash", "last_four", "created_at")
     SELECT 'Large data set: ' || "label", "kind", "org", string_to_array("roles", ','), "hash", "last_four", now()
     FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[]) AS "k"("label", "kind", "org", "roles", "hash", "last_four")`,
    [
      all.map((r) => r.key.label),
      all.map((r) => r.key.organizationKind),
      all.map((r) => r.key.organizationId),
      all.map((r) => r.roles.join(",")),
      all.map((r) => hashApiKey(r.key.secret)),
      all.map((r) => r.key.secret.slice(-4)),
    ],
  );
  return { keys: rows.map((r) => r.key), manyKeys: many.map((r) => r.key) };
}
