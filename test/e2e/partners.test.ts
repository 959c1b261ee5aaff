import {
  codesOf,
  createQualifiedPartner,
  dataOf,
  dateIn,
  type QualifiedPartner,
  randomMpnId,
  requestStatements,
  startTestStack,
  type TestStack,
  WINDOWS_AND_OFFICE_DEPLOYMENT_PLANNING,
} from "@psg/testing";
import { Client } from "pg";

let stack: TestStack;
let contoso: QualifiedPartner;
let fabrikam: QualifiedPartner;
beforeAll(async () => {
  stack = await startTestStack();
  contoso = await createQualifiedPartner(stack, { offeringCodes: ["DDPS", "SDPS"] });
  fabrikam = await createQualifiedPartner(stack, { country: "FR" });
});
afterAll(() => stack.stop());

const WINDOWS = WINDOWS_AND_OFFICE_DEPLOYMENT_PLANNING;
const FINANCE_AND_OPERATIONS = "7d0b1a52-0006-4000-8000-000000000006";
const DAY = 86_400_000;

const op = <T>(query: string, variables: Record<string, unknown> = {}, at?: string) =>
  stack.request<T>(query, { key: stack.operatorKey, variables, at });

const CREATE_PARTNER =
  "mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id mpnId legalName membershipStart membershipEnd } }";
const GRANT =
  "mutation ($input: GrantCompetencyInput!) { grantCompetency(input: $input) { level attainedAt expiresAt lapsed competency { code } } }";
const ENROL =
  "mutation ($input: EnrollInOfferingInput!) { enrollInOffering(input: $input) { id status agreementVersion enrolledAt expiresAt offering { code } } }";
const KEY = "mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }";

async function newPartner(
  membershipStart = dateIn(-30),
  membershipEnd = dateIn(700),
  legalName = "Test Partner GmbH",
): Promise<string> {
  const data = dataOf(
    await op<{ createPartner: { id: string } }>(CREATE_PARTNER, {
      input: { mpnId: randomMpnId(), legalName, membershipStart, membershipEnd },
    }),
  );
  return data.createPartner.id;
}

async function grant(partnerId: string, competencyCode: string, level: string, expiresAt = dateIn(700)) {
  return dataOf(await op(GRANT, { input: { partnerId, competencyCode, level, attainedAt: dateIn(-30), expiresAt } }));
}

async function keyFor(partnerId: string, role: string): Promise<string> {
  const data = dataOf(
    await op<{ createApiKey: { secret: string } }>(KEY, {
      input: { name: `${role} key`, organizationKind: "PARTNER", organizationId: partnerId, roles: [role] },
    }),
  );
  return data.createApiKey.secret;
}

async function withDb(use: (db: Client) => Promise<void>): Promise<void> {
  const db = new Client({ connectionString: stack.databaseUrl });
  await db.connect();
  try {
    await use(db);
  } finally {
    await db.end();
  }
}

const enrol = (partnerId: string, key: string, extra: Record<string, unknown> = {}, at?: string) =>
  stack.request<{ enrollInOffering: { id: string; status: string; expiresAt: string } }>(ENROL, {
    key,
    at,
    variables: { input: { partnerId, offeringCode: "DDPS", agreementVersion: "2021-01", acceptAgreement: true, ...extra } },
  });

describe("partners, as operators manage them", () => {
  it("creates a partner, renews its membership and finds it by search", async () => {
    const mpnId = randomMpnId();
    const created = dataOf(
      await op<{ createPartner: { id: string; legalName: string } }>(CREATE_PARTNER, {
        input: { mpnId, legalName: "Zyxwv Searchable Ltd", membershipStart: "2024-01-01", membershipEnd: "2030-12-31" },
      }),
    ).createPartner;
    const renewed = dataOf(
      await op<{ renewMembership: { membershipEnd: string } }>(
        "mutation ($input: RenewMembershipInput!) { renewMembership(input: $input) { membershipEnd } }",
        { input: { partnerId: created.id, membershipEnd: "2031-12-31" } },
      ),
    );
    expect(renewed.renewMembership.membershipEnd).toBe("2031-12-31");
    const SEARCH = "query ($s: String) { partners(first: 5, search: $s) { totalCount edges { node { id legalName } } } }";
    const byName = dataOf(
      await op<{ partners: { totalCount: number; edges: { node: { id: string } }[] } }>(SEARCH, { s: "zyxwv sea" }),
    );
    expect(byName.partners.edges.map((e) => e.node.id)).toEqual([created.id]);
    const byMpn = dataOf(await op<{ partners: { edges: { node: { id: string } }[] } }>(SEARCH, { s: mpnId }));
    expect(byMpn.partners.edges.map((e) => e.node.id)).toEqual([created.id]);
    expect(
      codesOf(
        await op(CREATE_PARTNER, {
          input: { mpnId, legalName: "Again", membershipStart: "2024-01-01", membershipEnd: "2030-12-31" },
        }),
      ),
    ).toEqual(["CONFLICT"]);
  });

  it("makes keys only for partners that exist", async () => {
    const response = await op(KEY, {
      input: {
        name: "nobody",
        organizationKind: "PARTNER",
        organizationId: "1b2c3d4e-0000-4000-8000-000000000000",
        roles: ["GLOBAL_ADMIN"],
      },
    });
    expect(codesOf(response)).toEqual(["NOT_FOUND"]);
  });

  it("pages through partners with cursors", async () => {
    const PAGE =
      "query ($after: String) { partners(first: 2, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }";
    type Page = {
      partners: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    };
    const first = dataOf(await op<Page>(PAGE));
    const second = dataOf(await op<Page>(PAGE, { after: first.partners.pageInfo.endCursor }));
    expect(first.partners.totalCount).toBeGreaterThanOrEqual(3);
    expect(first.partners.pageInfo.hasNextPage).toBe(true);
    const ids = [...first.partners.edges, ...second.partners.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("shows a partner everything it holds", async () => {
    const data = dataOf(
      await stack.request<{
        partner: Record<string, unknown> & { enrollments: { offering: { code: string }; status: string }[] };
      }>(
        `query ($id: ID!) { partner(id: $id) { id membershipStart locations { id country mpnLocationId address }
          competencies { competency { code } level lapsed } consultants { totalCount edges { node { id name email partner { id } examPasses { exam { code competency { code } } passedAt expiresAt } } } }
          enrollments { offering { code } status agreementVersion enrolledAt expiresAt } businessProfiles { region } } }`,
        { key: contoso.keys.billingAdmin, variables: { id: contoso.partnerId } },
      ),
    );
    expect(data.partner).toMatchObject({
      id: contoso.partnerId,
      locations: [{ id: contoso.locationId, country: "DE" }],
      competencies: expect.arrayContaining([{ competency: { code: "WINDOWS_AND_DEVICES" }, level: "GOLD", lapsed: false }]),
      consultants: { totalCount: 1, edges: [{ node: { id: contoso.consultantId, partner: { id: contoso.partnerId } } }] },
    });
    expect(data.partner.enrollments.map((e) => [e.offering.code, e.status])).toEqual([
      ["DDPS", "ENROLLED"],
      ["SDPS", "ENROLLED"],
    ]);
  });

  it("pages a partner's consultants with cursors, per partner", async () => {
    const partnerId = await newPartner();
    for (const name of ["Ada", "Grace", "Linus"]) {
      dataOf(
        await op("mutation ($input: AddConsultantInput!) { addConsultant(input: $input) { id } }", {
          input: { partnerId, name, email: `${name.toLowerCase()}@example.com` },
        }),
      );
    }
    const PAGE = `query ($id: ID!, $after: String) { a: partner(id: $id) { ...page } b: partner(id: "${contoso.partnerId}") { ...page } }
      fragment page on Partner { consultants(first: 2, after: $after) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }`;
    type Page = {
      consultants: {
        totalCount: number;
        edges: { node: { name: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const first = dataOf(await op<{ a: Page; b: Page }>(PAGE, { id: partnerId }));
    expect(first.a.consultants.edges.map((e) => e.node.name)).toEqual(["Ada", "Grace"]);
    expect(first.a.consultants).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(first.b.consultants.totalCount).toBeGreaterThanOrEqual(1);
    const second = dataOf(await op<{ a: Page }>(PAGE, { id: partnerId, after: first.a.consultants.pageInfo.endCursor }));
    expect(second.a.consultants.edges.map((e) => e.node.name)).toEqual(["Linus"]);
    expect(second.a.consultants).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
    const tooMany = await op(`query ($id: ID!) { partner(id: $id) { consultants(first: 101) { totalCount } } }`, {
      id: partnerId,
    });
    expect(codesOf(tooMany)).toEqual(["BAD_USER_INPUT"]);
  });

  it("concurrent grants of one competency all succeed and leave one row", async () => {
    const partnerId = await newPartner();
    const levels = Array.from({ length: 32 }, (_, i) => (i % 2 === 0 ? "SILVER" : "GOLD"));
    const responses = await Promise.all(
      levels.map((level) =>
        op(GRANT, { input: { partnerId, competencyCode: "MESSAGING", level, attainedAt: dateIn(-30), expiresAt: dateIn(300) } }),
      ),
    );
    expect(responses.flatMap((r) => codesOf(r))).toEqual([]);
    const read = dataOf(
      await op<{ partner: { competencies: unknown[] } }>("query ($id: ID!) { partner(id: $id) { competencies { level } } }", {
        id: partnerId,
      }),
    );
    expect(read.partner.competencies).toHaveLength(1);
  });

  it("marks a competency lapsed after its expiry date", async () => {
    const partnerId = await newPartner();
    const granted = await grant(partnerId, "DATACENTER", "SILVER", dateIn(10));
    expect(granted).toMatchObject({ grantCompetency: { lapsed: false, level: "SILVER" } });
    const later = dataOf(
      await op<{ partner: { competencies: { lapsed: boolean }[] } }>(
        "query ($id: ID!) { partner(id: $id) { competencies { lapsed } } }",
        { id: partnerId },
        new Date(Date.now() + 12 * DAY).toISOString(),
      ),
    );
    expect(later.partner.competencies).toEqual([{ lapsed: true }]);
  });

  it("validates input with BAD_USER_INPUT", async () => {
    const bad = await op(CREATE_PARTNER, {
      input: { mpnId: "x", legalName: "A", membershipStart: "2024-01-01", membershipEnd: "2030-01-01" },
    });
    expect(codesOf(bad)).toEqual(["BAD_USER_INPUT"]);
    const backwards = await op(CREATE_PARTNER, {
      input: { mpnId: randomMpnId(), legalName: "A", membershipStart: "2024-01-01", membershipEnd: "2023-01-01" },
    });
    expect(codesOf(backwards)).toEqual(["BAD_USER_INPUT"]);
    const location = await stack.request(
      "mutation ($input: AddPartnerLocationInput!) { addPartnerLocation(input: $input) { id } }",
      {
        key: contoso.keys.partnerAdmin,
        variables: {
          input: { partnerId: contoso.partnerId, mpnLocationId: randomMpnId(), country: "XX", address: "Somewhere 1" },
        },
      },
    );
    expect(codesOf(location)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("the audit table", () => {
  it("records every change made to a partner, with who made it", async () => {
    const partner = await createQualifiedPartner(stack);
    await withDb(async (db) => {
      const rows = await db.query(
        `SELECT "action", "actor" FROM "partners"."audit_log"
         WHERE "entity_id" = $1 OR "after"->>'partnerId' = $1 OR "after"->>'consultantId' = $2 OR "after"->>'organizationId' = $1`,
        [partner.partnerId, partner.consultantId],
      );
      expect(new Set(rows.rows.map((r) => r.action))).toEqual(
        new Set([
          "partner.created",
          "partner_competency.created",
          "partner_location.created",
          "consultant.created",
          "exam_pass.created",
          "program_enrollment.created",
          "api_key.created",
        ]),
      );
      expect(rows.rows.every((r) => String(r.actor).startsWith("key:"))).toBe(true);
    });
  });
});

describe("what partner roles may change", () => {
  const PROFILE =
    "mutation ($input: UpsertBusinessProfileInput!) { upsertBusinessProfile(input: $input) { region description website industries products } }";
  const profile = (description: string) => ({
    partnerId: contoso.partnerId,
    region: "EMEA",
    description,
    website: "https://contoso.example",
    industries: ["Manufacturing"],
    products: ["Windows"],
  });

  it("a PARTNER_ADMIN keeps the business profile, locations and consultants", async () => {
    const saved = dataOf(
      await stack.request(PROFILE, { key: contoso.keys.partnerAdmin, variables: { input: profile("We plan deployments.") } }),
    );
    expect(saved).toEqual({ upsertBusinessProfile: { ...profile("We plan deployments."), partnerId: undefined } });
    const updated = dataOf(
      await stack.request<{ upsertBusinessProfile: { description: string } }>(PROFILE, {
        key: contoso.keys.globalAdmin,
        variables: { input: profile("x".repeat(2500)) },
      }),
    );
    expect(updated.upsertBusinessProfile.description).toHaveLength(2500);
    const tooLong = await stack.request(PROFILE, {
      key: contoso.keys.partnerAdmin,
      variables: { input: profile("x".repeat(2501)) },
    });
    expect(codesOf(tooLong)).toEqual(["BAD_USER_INPUT"]);
    const profiles = dataOf(
      await stack.request<{ partner: { businessProfiles: { region: string }[] } }>(
        "query ($id: ID!) { partner(id: $id) { businessProfiles { region } } }",
        { key: contoso.keys.partnerAdmin, variables: { id: contoso.partnerId } },
      ),
    );
    expect(profiles.partner.businessProfiles).toEqual([{ region: "EMEA" }]);
    const consultant = await stack.request(
      "mutation ($input: AddConsultantInput!) { addConsultant(input: $input) { id name } }",
      {
        key: contoso.keys.partnerAdmin,
        variables: { input: { partnerId: contoso.partnerId, name: "Erika Mustermann", email: "erika@contoso.example" } },
      },
    );
    expect(dataOf(consultant)).toEqual({ addConsultant: { id: expect.any(String), name: "Erika Mustermann" } });
  });

  it("a BILLING_ADMIN only reads", async () => {
    expect(
      codesOf(await stack.request(PROFILE, { key: contoso.keys.billingAdmin, variables: { input: profile("No.") } })),
    ).toEqual(["FORBIDDEN"]);
    expect(codesOf(await enrol(contoso.partnerId, contoso.keys.billingAdmin))).toEqual(["FORBIDDEN"]);
    expect(codesOf(await enrol(contoso.partnerId, contoso.keys.partnerAdmin))).toEqual(["FORBIDDEN"]);
  });

  it("only operators create partners, grant competencies and record exam passes", async () => {
    for (const key of Object.values(contoso.keys)) {
      expect(
        codesOf(
          await stack.request(CREATE_PARTNER, {
            key,
            variables: {
              input: { mpnId: randomMpnId(), legalName: "Mine", membershipStart: "2024-01-01", membershipEnd: "2030-01-01" },
            },
          }),
        ),
      ).toEqual(["FORBIDDEN"]);
      expect(
        codesOf(
          await stack.request(GRANT, {
            key,
            variables: {
              input: {
                partnerId: contoso.partnerId,
                competencyCode: "DATACENTER",
                level: "GOLD",
                attainedAt: "2024-01-01",
                expiresAt: "2030-01-01",
              },
            },
          }),
        ),
      ).toEqual(["FORBIDDEN"]);
      expect(
        codesOf(
          await stack.request("mutation ($input: RecordExamPassInput!) { recordExamPass(input: $input) { id } }", {
            key,
            variables: {
              input: { consultantId: contoso.consultantId, examCode: "AZ-800", passedAt: "2024-01-01", expiresAt: "2030-01-01" },
            },
          }),
        ),
      ).toEqual(["FORBIDDEN"]);
      expect(codesOf(await stack.request("{ partners { totalCount } }", { key }))).toEqual(["FORBIDDEN"]);
    }
  });
});

describe("enrolment", () => {
  it("enrols for one year; EXPIRED is read from the clock; re-enrolment renews from then, in the same row", async () => {
    const partnerId = await newPartner(dateIn(-30), dateIn(1500));
    await grant(partnerId, "WINDOWS_AND_DEVICES", "SILVER", dateIn(1500));
    const admin = await keyFor(partnerId, "GLOBAL_ADMIN");
    const now = new Date();
    const first = dataOf(await enrol(partnerId, admin, {}, now.toISOString())).enrollInOffering;
    expect(first.status).toBe("ENROLLED");
    const oneYear = new Date(now.getTime());
    oneYear.setUTCFullYear(oneYear.getUTCFullYear() + 1);
    expect(first.expiresAt).toBe(oneYear.toISOString());

    const READ = "query ($id: ID!) { partner(id: $id) { enrollments { id status expiresAt } } }";
    const later = new Date(oneYear.getTime() + DAY).toISOString();
    const expired = dataOf(
      await stack.request<{ partner: { enrollments: { status: string }[] } }>(READ, {
        key: admin,
        variables: { id: partnerId },
        at: later,
      }),
    );
    expect(expired.partner.enrollments).toEqual([{ id: first.id, status: "EXPIRED", expiresAt: first.expiresAt }]);

    const again = dataOf(await enrol(partnerId, admin, { agreementVersion: "2022-01" }, later)).enrollInOffering;
    const renewedUntil = new Date(Date.parse(later));
    renewedUntil.setUTCFullYear(renewedUntil.getUTCFullYear() + 1);
    expect(again).toMatchObject({ id: first.id, status: "ENROLLED", expiresAt: renewedUntil.toISOString() });
    const after = dataOf(
      await stack.request<{ partner: { enrollments: unknown[] } }>(READ, { key: admin, variables: { id: partnerId }, at: later }),
    );
    expect(after.partner.enrollments).toHaveLength(1);
  });

  it("ALREADY_ENROLLED while an enrolment runs", async () => {
    expect(codesOf(await enrol(contoso.partnerId, contoso.keys.globalAdmin))).toEqual(["ALREADY_ENROLLED"]);
  });

  it("AGREEMENT_NOT_ACCEPTED without acceptance or a version", async () => {
    const partnerId = await newPartner();
    await grant(partnerId, "WINDOWS_AND_DEVICES", "GOLD");
    expect(codesOf(await enrol(partnerId, stack.operatorKey, { acceptAgreement: false }))).toEqual(["AGREEMENT_NOT_ACCEPTED"]);
    expect(codesOf(await enrol(partnerId, stack.operatorKey, { agreementVersion: "  " }))).toEqual(["AGREEMENT_NOT_ACCEPTED"]);
  });

  it("OFFERING_RETIRED for a retired offering", async () => {
    const code = `RETIRED_${randomMpnId().slice(-8)}`;
    dataOf(
      await op("mutation ($input: UpsertOfferingInput!) { upsertOffering(input: $input) { code } }", {
        input: { code, name: "Gone", status: "RETIRED" },
      }),
    );
    expect(codesOf(await enrol(contoso.partnerId, contoso.keys.globalAdmin, { offeringCode: code }))).toEqual([
      "OFFERING_RETIRED",
    ]);
  });

  it("NOT_ELIGIBLE without an active membership or a qualifying competency", async () => {
    const lapsedMember = await newPartner(dateIn(-400), dateIn(-1));
    await grant(lapsedMember, "WINDOWS_AND_DEVICES", "GOLD");
    expect(codesOf(await enrol(lapsedMember, stack.operatorKey))).toEqual(["NOT_ELIGIBLE"]);
    const futureMember = await newPartner(dateIn(5), dateIn(900));
    await grant(futureMember, "WINDOWS_AND_DEVICES", "GOLD");
    expect(codesOf(await enrol(futureMember, stack.operatorKey))).toEqual(["NOT_ELIGIBLE"]);

    const unqualified = await newPartner();
    await grant(unqualified, "DATACENTER", "GOLD");
    expect(codesOf(await enrol(unqualified, stack.operatorKey))).toEqual(["NOT_ELIGIBLE"]);
    const lapsed = await newPartner();
    await grant(lapsed, "WINDOWS_AND_DEVICES", "GOLD", dateIn(-1));
    expect(codesOf(await enrol(lapsed, stack.operatorKey))).toEqual(["NOT_ELIGIBLE"]);
    const silverForGold = await newPartner();
    await grant(silverForGold, "ENTERPRISE_RESOURCE_PLANNING", "SILVER");
    expect(codesOf(await enrol(silverForGold, stack.operatorKey, { offeringCode: "DYDPS" }))).toEqual(["NOT_ELIGIBLE"]);
  });

  it("MEMBERSHIP_RENEWAL_REQUIRED when the membership ends within 90 days, until it is renewed", async () => {
    const partnerId = await newPartner(dateIn(-300), dateIn(60));
    await grant(partnerId, "WINDOWS_AND_DEVICES", "GOLD");
    expect(codesOf(await enrol(partnerId, stack.operatorKey))).toEqual(["MEMBERSHIP_RENEWAL_REQUIRED"]);
    dataOf(
      await op("mutation ($input: RenewMembershipInput!) { renewMembership(input: $input) { id } }", {
        input: { partnerId, membershipEnd: dateIn(500) },
      }),
    );
    expect(dataOf(await enrol(partnerId, stack.operatorKey)).enrollInOffering.status).toBe("ENROLLED");
  });

  it("writes nothing when it refuses", async () => {
    const partnerId = await newPartner();
    expect(codesOf(await enrol(partnerId, stack.operatorKey))).toEqual(["NOT_ELIGIBLE"]);
    const read = dataOf(
      await op<{ partner: { enrollments: unknown[] } }>("query ($id: ID!) { partner(id: $id) { enrollments { id } } }", {
        id: partnerId,
      }),
    );
    expect(read.partner.enrollments).toEqual([]);
  });

  it("of 32 concurrent enrolments exactly one succeeds; the rest are ALREADY_ENROLLED; one row", async () => {
    const partnerId = await newPartner();
    await grant(partnerId, "WINDOWS_AND_DEVICES", "GOLD");
    const admin = await keyFor(partnerId, "GLOBAL_ADMIN");
    const responses = await Promise.all(Array.from({ length: 32 }, () => enrol(partnerId, admin)));
    const codes = responses.map((r) => codesOf(r)[0] ?? "OK");
    expect(codes.filter((c) => c === "OK")).toHaveLength(1);
    expect(codes.filter((c) => c === "ALREADY_ENROLLED")).toHaveLength(31);
    await withDb(async (db) => {
      const rows = await db.query(`SELECT count(*)::int AS n FROM "partners"."program_enrollments" WHERE "partner_id" = $1`, [
        partnerId,
      ]);
      expect(rows.rows[0].n).toBe(1);
      const audited = await db.query(
        `SELECT count(*)::int AS n FROM "partners"."audit_log" WHERE "entity" = 'program_enrollment' AND "after"->>'partnerId' = $1`,
        [partnerId],
      );
      expect(audited.rows[0].n).toBe(1);
    });
  });
});

describe("eligibility", () => {
  const ELIGIBILITY =
    "query ($p: ID!, $t: ID!) { eligibility(partnerId: $p, engagementTypeId: $t) { eligible checks { code met detail } } }";
  type Report = { eligibility: { eligible: boolean; checks: { code: string; met: boolean; detail: string }[] } };

  it("a qualified partner meets every requirement", async () => {
    const report = dataOf(
      await stack.request<Report>(ELIGIBILITY, {
        key: contoso.keys.billingAdmin,
        variables: { p: contoso.partnerId, t: WINDOWS },
      }),
    );
    expect(report.eligibility.eligible).toBe(true);
    expect(report.eligibility.checks.map((c) => [c.code, c.met])).toEqual([
      ["MEMBERSHIP_ACTIVE", true],
      ["ENROLLED", true],
      ["QUALIFYING_COMPETENCY", true],
      ["QUALIFIED_CONSULTANT", true],
    ]);
  });

  it("explains each unmet requirement, and a Gold-only engagement refuses a Silver partner", async () => {
    const partnerId = await newPartner();
    await grant(partnerId, "ENTERPRISE_RESOURCE_PLANNING", "SILVER");
    const report = dataOf(await op<Report>(ELIGIBILITY, { p: partnerId, t: FINANCE_AND_OPERATIONS }));
    expect(report.eligibility.eligible).toBe(false);
    expect(report.eligibility.checks).toEqual([
      { code: "MEMBERSHIP_ACTIVE", met: true, detail: expect.stringContaining("active") },
      { code: "ENROLLED", met: false, detail: "Not enrolled in DYDPS; a global admin must enrol the partner." },
      {
        code: "QUALIFYING_COMPETENCY",
        met: false,
        detail:
          "Upgrading Dynamics 365 for Finance and Operations needs an active competency: Enterprise Resource Planning (Gold).",
      },
      { code: "QUALIFIED_CONSULTANT", met: false, detail: expect.stringContaining("Enterprise Resource Planning") },
    ]);
    await grant(partnerId, "ENTERPRISE_RESOURCE_PLANNING", "GOLD");
    const gold = dataOf(await op<Report>(ELIGIBILITY, { p: partnerId, t: FINANCE_AND_OPERATIONS }));
    expect(gold.eligibility.checks.find((c) => c.code === "QUALIFYING_COMPETENCY")?.met).toBe(true);
  });

  it("another partner may not ask", async () => {
    expect(
      codesOf(
        await stack.request(ELIGIBILITY, { key: fabrikam.keys.globalAdmin, variables: { p: contoso.partnerId, t: WINDOWS } }),
      ),
    ).toEqual(["FORBIDDEN"]);
  });
});

describe("tenant isolation: a partner key neither reads nor changes another partner's data", () => {
  const roles = ["globalAdmin", "partnerAdmin", "billingAdmin"] as const;
  const reads: [string, string, (target: QualifiedPartner) => Record<string, unknown>][] = [
    ["partner", "query ($id: ID!) { partner(id: $id) { id legalName } }", (t) => ({ id: t.partnerId })],
    ["consultant", "query ($id: ID!) { consultant(id: $id) { id name email } }", (t) => ({ id: t.consultantId })],
  ];
  const writes: [string, string, (target: QualifiedPartner) => Record<string, unknown>][] = [
    [
      "addPartnerLocation",
      "mutation ($input: AddPartnerLocationInput!) { addPartnerLocation(input: $input) { id } }",
      (t) => ({ partnerId: t.partnerId, mpnLocationId: randomMpnId(), country: "DE", address: "Elsewhere 2" }),
    ],
    [
      "addConsultant",
      "mutation ($input: AddConsultantInput!) { addConsultant(input: $input) { id } }",
      (t) => ({ partnerId: t.partnerId, name: "Intruder", email: "intruder@example.com" }),
    ],
    [
      "upsertBusinessProfile",
      "mutation ($input: UpsertBusinessProfileInput!) { upsertBusinessProfile(input: $input) { region } }",
      (t) => ({ partnerId: t.partnerId, region: "EMEA", description: "Hijacked" }),
    ],
    [
      "enrollInOffering",
      ENROL,
      (t) => ({ partnerId: t.partnerId, offeringCode: "DYDPS", agreementVersion: "1", acceptAgreement: true }),
    ],
    [
      "renewMembership",
      "mutation ($input: RenewMembershipInput!) { renewMembership(input: $input) { id } }",
      (t) => ({ partnerId: t.partnerId, membershipEnd: "2040-01-01" }),
    ],
    [
      "grantCompetency",
      GRANT,
      (t) => ({
        partnerId: t.partnerId,
        competencyCode: "DATACENTER",
        level: "GOLD",
        attainedAt: "2024-01-01",
        expiresAt: "2030-01-01",
      }),
    ],
    [
      "recordExamPass",
      "mutation ($input: RecordExamPassInput!) { recordExamPass(input: $input) { id } }",
      (t) => ({ consultantId: t.consultantId, examCode: "MD-100", passedAt: "2024-01-01", expiresAt: "2030-01-01" }),
    ],
  ];

  for (const role of roles) {
    for (const [name, query, variables] of reads) {
      it(`${role} of Fabrikam cannot read Contoso's ${name}`, async () => {
        expect(dataOf(await stack.request(query, { key: fabrikam.keys[role], variables: variables(contoso) }))).toEqual({
          [name]: null,
        });
        const own = dataOf(
          await stack.request<Record<string, { id: string } | null>>(query, {
            key: fabrikam.keys[role],
            variables: variables(fabrikam),
          }),
        );
        expect(own[name]?.id).toBeDefined();
      });
    }
    for (const [name, query, input] of writes) {
      it(`${role} of Fabrikam cannot ${name} for Contoso`, async () => {
        expect(codesOf(await stack.request(query, { key: fabrikam.keys[role], variables: { input: input(contoso) } }))).toEqual([
          "FORBIDDEN",
        ]);
      });
    }
  }

  it("Contoso's data is unchanged by all of that", async () => {
    const data = dataOf(
      await stack.request<{
        partner: {
          membershipEnd: string;
          locations: unknown[];
          consultants: { totalCount: number };
          enrollments: { offering: { code: string } }[];
        };
      }>(
        "query ($id: ID!) { partner(id: $id) { membershipEnd locations { id } consultants { totalCount edges { node { name } } } enrollments { offering { code } } businessProfiles { description } } }",
        { key: contoso.keys.globalAdmin, variables: { id: contoso.partnerId } },
      ),
    );
    expect(data.partner.locations).toHaveLength(1);
    expect(JSON.stringify(data)).not.toContain("Intruder");
    expect(JSON.stringify(data)).not.toContain("Hijacked");
    expect(data.partner.membershipEnd).not.toBe("2040-01-01");
    expect(data.partner.enrollments.map((e) => e.offering.code)).toEqual(["DDPS", "SDPS"]);
  });
});

describe("lists cost a constant number of SQL statements", () => {
  const LIST = `query ($search: String) { partners(first: 50, search: $search) { totalCount edges { node { locations { id }
    competencies { competency { name } } consultants(first: 10) { totalCount edges { node { examPasses { exam { name } } } } }
    enrollments { offering { name } } businessProfiles { region } } } } }`;

  async function statementsFor(search: string, expected: number): Promise<number> {
    // warm the key and catalog caches (5 s each), which are not what this counts
    dataOf(await op(LIST, { search }));
    const before = requestStatements.count;
    const data = dataOf(await op<{ partners: { totalCount: number } }>(LIST, { search }));
    const statements = requestStatements.count - before;
    expect(data.partners.totalCount).toBe(expected);
    return statements;
  }

  it("the same for 2 partners as for 20", async () => {
    const search = `Batch ${randomMpnId()}`;
    const make = () => createQualifiedPartner(stack, { offeringCodes: ["DDPS", "SDPS"], legalName: `${search} Partner` });
    await Promise.all([make(), make()]);
    const few = await statementsFor(search, 2);
    for (let i = 0; i < 18; i += 1) await make();
    const many = await statementsFor(search, 20);
    expect(many).toBe(few);
    expect(few).toBeGreaterThanOrEqual(8);
    expect(few).toBeLessThanOrEqual(14);
  });
});
