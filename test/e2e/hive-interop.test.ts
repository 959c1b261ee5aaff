import { randomInt } from "node:crypto";
import { SUPERGRAPH_PATH } from "@psg/gateway";
import { freePort, type GraphQLResponse } from "@psg/shared";
import { DemoSeed, type RunningHiveGateway, runDemoSeeds, startHiveGateway } from "@psg/stack";
import { PDF_BYTES, startTestStack, type TestStack, WINDOWS_AND_OFFICE_DEPLOYMENT_PLANNING } from "@psg/testing";

/**
 * Interoperability: Hive Gateway, started on supergraph.graphql with hive/gateway.config.ts
 * (the README's configuration), and our gateway, in front of the same subgraphs, give the
 * same `data` and the same error codes for the same operations. Hive is installed into
 * hive/ on first use (about a minute and a half), hence the long first timeout.
 */
let stack: TestStack;
let hive: RunningHiveGateway;
let seed: DemoSeed;

beforeAll(async () => {
  // the demo data has fixed names: it goes into an empty database
  stack = await startTestStack({}, { freshDatabase: true });
  seed = new DemoSeed(stack.gatewayUrl, stack.operatorKey);
  const [started] = await Promise.all([
    startHiveGateway({
      supergraphPath: SUPERGRAPH_PATH,
      port: await freePort(),
      env: {
        INTERNAL_SECRET: stack.internalSecret,
        PARTNERS_URL: stack.subgraphUrls.partners,
        VOUCHERS_URL: stack.subgraphUrls.vouchers,
        PAYMENTS_URL: stack.subgraphUrls.payments,
      },
    }),
    runDemoSeeds(seed),
  ]);
  hive = started;
}, 600_000);
afterAll(async () => {
  await hive?.stop();
  await stack?.stop();
});

it("Hive Gateway with this configuration refuses to start without INTERNAL_SECRET", async () => {
  await expect(
    startHiveGateway({ supergraphPath: SUPERGRAPH_PATH, port: await freePort(), env: { INTERNAL_SECRET: "" } }),
  ).rejects.toThrow(/exited[\s\S]*INTERNAL_SECRET must be set/);
}, 90_000);

interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** a key (or where to get it once the stack runs), or a raw Authorization header value */
  key?: string | (() => string);
  authorization?: string;
  at?: string;
  operationName?: string;
  /** the codes api.md promises for it (none: it must succeed) */
  codes?: string[];
}

interface Outcome {
  data: unknown;
  codes: string[];
}

async function send(url: string, op: Operation): Promise<Outcome> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (op.key) headers.authorization = `Bearer ${typeof op.key === "function" ? op.key() : op.key}`;
  if (op.authorization) headers.authorization = op.authorization;
  if (op.at) headers["x-sandbox-time"] = op.at;
  const response = await fetch(url, {
    method: "POST",
    headers,
    body: JSON.stringify({ query: op.query, variables: op.variables ?? {}, operationName: op.operationName }),
  });
  const body = (await response.json()) as GraphQLResponse<unknown>;
  return {
    data: "data" in body ? body.data : "(no data)",
    codes: (body.errors ?? []).map((e) => e.extensions?.code ?? "(no code)").sort(),
  };
}

const both = async (op: Operation): Promise<{ ours: Outcome; theirs: Outcome }> => ({
  ours: await send(stack.gatewayUrl, op),
  theirs: await send(hive.url, op),
});

const key = (label: string): string => {
  const found = seed.keys.find((k) => k.label === label);
  if (!found) throw new Error(`the demo has no key "${label}"`);
  return found.secret;
};

const NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";

/** Reads over the demo data, and refusals of every kind; none of them writes. */
function readsAndRefusals(): Operation[] {
  const operator = stack.operatorKey;
  const globalAdmin = key("Contoso Consulting GLOBAL_ADMIN");
  const partnerAdmin = key("Contoso Consulting PARTNER_ADMIN");
  const billingAdmin = key("Contoso Consulting BILLING_ADMIN");
  const northwind = key("Northwind Advisory GLOBAL_ADMIN (not qualified)");
  const benefitsAdmin = key("Fabrikam Ltd BENEFITS_ADMIN");
  const projectManager = key("Fabrikam Ltd PROJECT_MANAGER");
  const { partnerId, locationId, consultantId, unqualifiedPartnerId, customerId, redeemedVoucherId } = seed.ids;
  const VOUCHER = `number status serviceLevelDays assigneeName expiresAt redeemedAt paymentStatus offering { code }
    customer { name } reservedBy { legalName } paymentRequest { referenceNumber status }
    engagement { status plannedStart daysDelivered consultants { name } completionReport { summary deliverableKind deliverable { fileName sizeBytes } } }`;
  return [
    // reads, anonymous: the catalog
    { name: "typename", query: "{ __typename }" },
    {
      name: "catalog",
      query:
        "{ offerings { code name status engagementTypes { id name maxDays allowedServiceLevels requiredCompetencies { minimumLevel competency { code name } } } } }",
    },
    {
      name: "one offering",
      query: "query ($c: String!) { offering(code: $c) { name engagementTypes { name } } }",
      variables: { c: "DDPS" },
    },
    { name: "unknown offering", query: '{ offering(code: "NOPE") { name } }' },
    { name: "competencies and exams", query: "{ competencies { code name exams { code name competency { code } } } }" },
    {
      name: "engagement type",
      query: "query ($id: ID!) { engagementType(id: $id) { name status offering { code name } } }",
      variables: { id: WINDOWS_AND_OFFICE_DEPLOYMENT_PLANNING },
    },
    // reads with keys, across the three subgraphs
    { name: "viewer, operator", query: "{ viewer { organizationKind organizationId roles } }", key: operator },
    { name: "viewer, partner", query: "{ viewer { organizationKind roles } }", key: globalAdmin },
    { name: "viewer, customer", query: "{ viewer { organizationKind roles } }", key: projectManager },
    {
      name: "partners page",
      query: "{ partners(first: 10) { totalCount pageInfo { hasNextPage } edges { node { mpnId legalName membershipStart } } } }",
      key: operator,
    },
    { name: "partner search", query: '{ partners(search: "Cont") { totalCount edges { node { legalName } } } }', key: operator },
    {
      name: "partner profile",
      query: `query ($id: ID!) { partner(id: $id) { legalName locations { country address } competencies { level lapsed competency { code } }
        consultants { totalCount edges { node { name examPasses { exam { code } } } } } enrollments { status offering { code } }
        businessProfiles { region industries products website } } }`,
      variables: { id: partnerId },
      key: operator,
    },
    {
      name: "PartnerDashboard",
      query: `query PartnerDashboard($id: ID!) { partner(id: $id) { legalName enrollments { offering { code } status expiresAt }
        vouchers(first: 50, status: RESERVED) { edges { node { number expiresAt customer { name } engagement { status plannedStart } } } }
        paymentRequests(first: 20) { edges { node { referenceNumber status total { amount currency } } } } } }`,
      variables: { id: partnerId },
      key: globalAdmin,
    },
    {
      name: "partner's engagements and vouchers",
      query: `query ($id: ID!) { partner(id: $id) { engagements(first: 20) { totalCount edges { node { status deliveryCountry
        voucher { number } engagementType { name } location { country } } } } vouchers { totalCount edges { node { number status } } } } }`,
      variables: { id: partnerId },
      key: partnerAdmin,
    },
    {
      name: "partner's money",
      query: `query ($id: ID!) { partner(id: $id) { bankAccounts { holderName currency maskedAccountNumber location { country } }
        paymentToolRegistrations { offering { code } } } }`,
      variables: { id: partnerId },
      key: billingAdmin,
    },
    {
      name: "eligibility, qualified",
      query:
        "query ($p: ID!, $t: ID!) { eligibility(partnerId: $p, engagementTypeId: $t) { eligible checks { code met detail } } }",
      variables: { p: partnerId, t: WINDOWS_AND_OFFICE_DEPLOYMENT_PLANNING },
      key: globalAdmin,
    },
    {
      name: "eligibility, not qualified",
      query: "query ($p: ID!, $t: ID!) { eligibility(partnerId: $p, engagementTypeId: $t) { eligible checks { code met } } }",
      variables: { p: unqualifiedPartnerId, t: WINDOWS_AND_OFFICE_DEPLOYMENT_PLANNING },
      key: operator,
    },
    {
      name: "consultant",
      query: "query ($id: ID!) { consultant(id: $id) { name email partner { legalName } } }",
      variables: { id: consultantId },
      key: operator,
    },
    {
      name: "customers page",
      query: "{ customers(first: 10) { totalCount edges { node { name country benefit { status totalDays remainingDays } } } } }",
      key: operator,
    },
    {
      name: "customer with vouchers",
      query: `query ($id: ID!) { customer(id: $id) { name saCoverageEnd benefit { remainingDays } vouchers(first: 20) { totalCount
        edges { node { ${VOUCHER} } } } } }`,
      variables: { id: customerId },
      key: benefitsAdmin,
    },
    {
      name: "customer's own vouchers",
      query: `{ vouchers(first: 20) { totalCount pageInfo { hasNextPage } edges { node { ${VOUCHER} } } } }`,
      key: projectManager,
    },
    {
      name: "redeemed vouchers, operator",
      query:
        "{ vouchers(first: 20, status: REDEEMED) { totalCount edges { node { number paymentStatus reservedBy { mpnId } } } } }",
      key: operator,
    },
    {
      name: "one voucher",
      query: `query ($id: ID!) { voucher(id: $id) { ${VOUCHER} } }`,
      variables: { id: redeemedVoucherId },
      key: operator,
    },
    {
      name: "payment requests",
      query: `{ paymentRequests(first: 20) { totalCount edges { node { referenceNumber status country currency denialReason
        paymentReference overdue partner { legalName } location { country } total { amountMinor amount currency }
        lines { days dailyRate { amount } amount { amount } voucher { number customer { name } } } } } } }`,
      key: operator,
    },
    {
      name: "submitted payment requests of a partner",
      query: "query ($p: ID!) { paymentRequests(status: SUBMITTED, partnerId: $p) { totalCount edges { node { status } } } }",
      variables: { p: partnerId },
      key: billingAdmin,
    },
    {
      name: "rate cards",
      query: "{ rateCards { country currency validFrom validTo dailyRate { amountMinor amount currency } } }",
      key: operator,
    },
    {
      name: "own api keys",
      query: "{ apiKeys(first: 10) { totalCount edges { node { name organizationKind roles revokedAt } } } }",
      key: globalAdmin,
    },
    {
      name: "three subgraphs in one operation",
      query: `query ($p: ID!, $v: ID!) { viewer { roles } partner(id: $p) { legalName vouchers(first: 5) { totalCount } paymentRequests { totalCount } }
        voucher(id: $v) { number paymentStatus } rateCards { country } }`,
      variables: { p: partnerId, v: redeemedVoucherId },
      key: operator,
    },
    {
      name: "unknown partner is null",
      query: "query ($id: ID!) { partner(id: $id) { legalName } }",
      variables: { id: NO_SUCH_ID },
      key: operator,
    },
    {
      name: "unknown voucher is null",
      query: "query ($id: ID!) { voucher(id: $id) { number } }",
      variables: { id: NO_SUCH_ID },
      key: operator,
    },
    {
      name: "unknown payment request is null",
      query: "query ($id: ID!) { paymentRequest(id: $id) { status } }",
      variables: { id: NO_SUCH_ID },
      key: operator,
    },

    // refusals: unauthenticated
    { name: "viewer without a key", query: "{ viewer { roles } }", codes: ["UNAUTHENTICATED"] },
    {
      name: "an unknown key",
      query: "{ viewer { roles } }",
      key: "psg_no_such_key_000000000000000000000000000",
      codes: ["UNAUTHENTICATED"],
    },
    {
      name: "not a bearer token",
      query: "{ viewer { roles } }",
      authorization: "Basic dXNlcjpwYXNz",
      codes: ["UNAUTHENTICATED"],
    },
    { name: "vouchers without a key", query: "{ vouchers { totalCount } }", codes: ["UNAUTHENTICATED"] },
    // forbidden
    { name: "partners list as a partner", query: "{ partners { totalCount } }", key: globalAdmin, codes: ["FORBIDDEN"] },
    { name: "customers list as a partner is empty", query: "{ customers { totalCount } }", key: partnerAdmin },
    {
      name: "another partner's eligibility",
      query: "query ($p: ID!, $t: ID!) { eligibility(partnerId: $p, engagementTypeId: $t) { eligible } }",
      variables: { p: partnerId, t: WINDOWS_AND_OFFICE_DEPLOYMENT_PLANNING },
      key: northwind,
      codes: ["FORBIDDEN"],
    },
    {
      name: "approve as a partner",
      query: "mutation ($id: ID!) { approvePaymentRequest(id: $id) { status } }",
      variables: { id: NO_SUCH_ID },
      key: billingAdmin,
      codes: ["FORBIDDEN"],
    },
    {
      name: "set a rate as a partner",
      query:
        'mutation { setRate(input: { country: "DE", currency: "EUR", dailyRateMinor: "1", validFrom: "2031-01-01" }) { country } }',
      key: globalAdmin,
      codes: ["FORBIDDEN"],
    },
    // not found
    {
      name: "submit an unknown payment request",
      query: "mutation ($id: ID!) { submitPaymentRequest(id: $id) { status } }",
      variables: { id: NO_SUCH_ID },
      key: billingAdmin,
      codes: ["NOT_FOUND"],
    },
    {
      name: "revoke an unknown key",
      query: "mutation ($id: ID!) { revokeApiKey(id: $id) { id } }",
      variables: { id: NO_SUCH_ID },
      key: operator,
      codes: ["NOT_FOUND"],
    },
    {
      name: "redeem an unknown voucher",
      query: "mutation ($id: ID!) { redeemVoucher(voucherId: $id) { status } }",
      variables: { id: NO_SUCH_ID },
      key: partnerAdmin,
      codes: ["VOUCHER_NOT_FOUND"],
    },
    // bad input
    { name: "first above 100", query: "{ partners(first: 101) { totalCount } }", key: operator, codes: ["BAD_USER_INPUT"] },
    {
      name: "a variable that does not coerce",
      query: "query ($n: Int!) { partners(first: $n) { totalCount } }",
      variables: { n: "ten" },
      key: operator,
      codes: ["BAD_USER_INPUT"],
    },
    {
      name: "a required variable missing",
      query: "query ($id: ID!) { partner(id: $id) { legalName } }",
      key: operator,
      codes: ["BAD_USER_INPUT"],
    },
    {
      name: "an empty cancellation reason",
      query: 'mutation ($v: ID!) { cancelReservation(input: { voucherId: $v, reason: " " }) { status } }',
      variables: { v: redeemedVoucherId },
      key: partnerAdmin,
      codes: ["BAD_USER_INPUT"],
    },
    {
      name: "a negative planning pool",
      query:
        'mutation { createCustomer(input: { name: "X", country: "DE", saCoverageEnd: "2031-01-01", planningDays: -5 }) { id } }',
      key: operator,
      codes: ["BAD_USER_INPUT"],
    },
    // domain codes
    {
      name: "validate an unknown voucher number",
      query:
        'mutation { validateVoucher(input: { number: "PSV-0000-0000-0000-0000", assigneeEmail: "a@example.com" }) { status } }',
      key: partnerAdmin,
      codes: ["VOUCHER_NOT_FOUND"],
    },
    {
      name: "enrol again while enrolled",
      query:
        'mutation ($p: ID!) { enrollInOffering(input: { partnerId: $p, offeringCode: "DDPS", agreementVersion: "2021-01", acceptAgreement: true }) { status } }',
      variables: { p: partnerId },
      key: globalAdmin,
      codes: ["ALREADY_ENROLLED"],
    },
    {
      name: "enrol without accepting the agreement",
      query:
        'mutation ($p: ID!) { enrollInOffering(input: { partnerId: $p, offeringCode: "SSDPS", agreementVersion: "2021-01", acceptAgreement: false }) { status } }',
      variables: { p: partnerId },
      key: globalAdmin,
      codes: ["AGREEMENT_NOT_ACCEPTED"],
    },
    {
      name: "a voucher of a service level the offering lacks",
      query: `mutation ($c: ID!) { createVoucher(input: { customerId: $c, offeringCode: "DDPS", serviceLevelDays: 7, assigneeName: "A",
        assigneeEmail: "a@example.com" }) { id } }`,
      variables: { c: customerId },
      key: benefitsAdmin,
      codes: ["INVALID_SERVICE_LEVEL"],
    },
    {
      name: "cancel a redeemed voucher",
      query: "mutation ($id: ID!) { cancelVoucher(id: $id) { status } }",
      variables: { id: redeemedVoucherId },
      key: benefitsAdmin,
      codes: ["VOUCHER_ALREADY_REDEEMED"],
    },
    {
      name: "redeem a redeemed voucher",
      query: "mutation ($id: ID!) { redeemVoucher(voucherId: $id) { status } }",
      variables: { id: redeemedVoucherId },
      key: partnerAdmin,
      codes: ["VOUCHER_ALREADY_REDEEMED"],
    },
    {
      name: "claim a voucher that is already claimed",
      query:
        "mutation ($p: ID!, $l: ID!, $v: ID!) { createPaymentRequest(input: { partnerId: $p, locationId: $l, voucherIds: [$v] }) { id } }",
      variables: { p: partnerId, l: locationId, v: redeemedVoucherId },
      key: billingAdmin,
      codes: ["VOUCHER_ALREADY_CLAIMED"],
    },
    {
      name: "payment tool without a redeemed voucher",
      query: 'mutation ($p: ID!) { registerPaymentTool(input: { partnerId: $p, offeringCode: "SDPS" }) { id } }',
      variables: { p: partnerId },
      key: globalAdmin,
      codes: ["NO_REDEEMED_VOUCHER"],
    },
  ];
}

/**
 * Request errors that api.md names and our gateway does not give yet (it answers
 * BAD_USER_INPUT or INTERNAL_SERVER_ERROR where Hive follows the table). Marked failing:
 * when our gateway follows api.md, each turns red and moves to the list above.
 */
function requestErrors(): Operation[] {
  const operator = () => stack.operatorKey;
  return [
    { name: "parse failure", query: "{ viewer { roles ", key: operator, codes: ["GRAPHQL_PARSE_FAILED"] },
    { name: "unknown field", query: "{ viewer { nope } }", key: operator, codes: ["GRAPHQL_VALIDATION_FAILED"] },
    {
      name: "@inaccessible field",
      query: '{ _apiKeyPrincipal(keyHash: "x") { roles } }',
      key: operator,
      codes: ["GRAPHQL_VALIDATION_FAILED"],
    },
    { name: "unused variable", query: "query ($d: Date) { __typename }", codes: ["GRAPHQL_VALIDATION_FAILED"] },
    {
      name: "several operations, none chosen",
      query: "query A { __typename } query B { __typename }",
      codes: ["OPERATION_RESOLUTION_FAILURE"],
    },
    {
      name: "unknown operationName",
      query: "query A { __typename }",
      operationName: "B",
      codes: ["OPERATION_RESOLUTION_FAILURE"],
    },
    {
      name: "a bad Date literal",
      query: '{ vouchers(expiringBefore: "2026-13-01") { totalCount } }',
      key: operator,
      codes: ["BAD_USER_INPUT"],
    },
  ];
}

describe("reads and refusals over the same data", () => {
  it("at least 50 operations in all, reads across the three subgraphs and every kind of refusal", () => {
    const ops = [...readsAndRefusals(), ...requestErrors()];
    expect(ops.length).toBeGreaterThanOrEqual(50);
    expect(new Set(ops.map((o) => o.name)).size).toBe(ops.length);
  });

  it("give the same data and codes through Hive Gateway as through ours", async () => {
    const differences: string[] = [];
    const codes = new Set<string>();
    for (const op of readsAndRefusals()) {
      const { ours, theirs } = await both(op);
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) {
        differences.push(`${op.name}:\n  ours ${JSON.stringify(ours)}\n  hive ${JSON.stringify(theirs)}`);
      }
      if (op.codes && JSON.stringify(ours.codes) !== JSON.stringify(op.codes)) {
        differences.push(`${op.name}: expected ${op.codes.join(", ")}, got ${JSON.stringify(ours)}`);
      }
      if (!op.codes && (ours.codes.length > 0 || !ours.data)) {
        differences.push(`${op.name}: expected data and no error, got ${JSON.stringify(ours)}`);
      }
      for (const code of ours.codes) codes.add(code);
    }
    expect(differences).toEqual([]);
    for (const kind of ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "BAD_USER_INPUT"]) expect(codes).toContain(kind);
  });
});

/** Request errors: both gateways answer each as api.md's table says, with the same code and status. */
describe("request errors answered alike by both gateways, as api.md says", () => {
  it.each(requestErrors().map((op) => [op.name, op] as const))("%s", async (_name, op) => {
    const { ours, theirs } = await both(op);
    expect(theirs.codes).toEqual(op.codes);
    expect(ours).toEqual(theirs);
  });

  it("Hive gives each of them the code api.md names", async () => {
    for (const op of requestErrors()) expect([op.name, (await send(hive.url, op)).codes]).toEqual([op.name, op.codes]);
  });
});

/** Values made fresh on each side (ids, numbers, secrets, the side's own token) become placeholders in order of appearance. */
function normalise(value: unknown, token: string): unknown {
  const seen = new Map<string, string>();
  const FRESH = [
    /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi,
    /PSV-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/g,
    /PR-\d{6}-[0-9A-Z]{8}/g,
    /psg_[A-Za-z0-9_-]{43}/g,
  ];
  const placeholder = (fresh: string) => {
    if (!seen.has(fresh)) seen.set(fresh, `<${seen.size + 1}>`);
    return seen.get(fresh) as string;
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") {
      let out = v.split(token).join("<token>");
      for (const pattern of FRESH) out = out.replace(pattern, placeholder);
      return out;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value);
}

/** The string at `path` in a step's data; a step whose value a later step needs must have succeeded. */
function pick(data: unknown, ...path: string[]): string {
  let at: unknown = data;
  for (const name of path) at = at && typeof at === "object" ? (at as Record<string, unknown>)[name] : undefined;
  if (typeof at !== "string") throw new Error(`no ${path.join(".")} in ${JSON.stringify(data)}`);
  return at;
}

const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A voucher's whole life and its payment, written through one gateway for a customer of
 * its own, at one sandbox time: every step's data and codes.
 */
async function voucherLife(url: string, at: string): Promise<{ token: string; steps: [string, Outcome][] }> {
  const token = String(randomInt(100_000_000, 999_999_999));
  const today = at.slice(0, 10);
  const steps: [string, Outcome][] = [];
  const step = async (name: string, key: string, query: string, variables: Record<string, unknown> = {}) => {
    const outcome = await send(url, { name, query, variables, key, at });
    steps.push([name, outcome]);
    return outcome.data;
  };
  const operator = stack.operatorKey;
  const partnerAdmin = key("Contoso Consulting PARTNER_ADMIN");
  const billingAdmin = key("Contoso Consulting BILLING_ADMIN");
  const { partnerId, locationId, consultantId } = seed.ids;

  const customer = await step(
    "createCustomer",
    operator,
    `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id name country agreementNumber saCoverageEnd
      benefit { status totalDays remainingDays activatedAt } } }`,
    {
      input: {
        name: `Interop ${token}`,
        country: "DE",
        agreementNumber: `EA-${token}`,
        saCoverageEnd: addDays(today, 900),
        planningDays: 8,
      },
    },
  );
  const customerId = pick(customer, "createCustomer", "id");
  const created = await step(
    "createApiKey",
    operator,
    `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name organizationKind roles createdAt expiresAt revokedAt } } }`,
    { input: { name: `benefits ${token}`, organizationKind: "CUSTOMER", organizationId: customerId, roles: ["BENEFITS_ADMIN"] } },
  );
  const benefitsAdmin = pick(created, "createApiKey", "secret");
  await step(
    "activateBenefit",
    benefitsAdmin,
    "mutation ($id: ID!) { activateBenefit(customerId: $id) { status totalDays remainingDays activatedAt } }",
    {
      id: customerId,
    },
  );
  const email = `pm-${token}@example.com`;
  const voucher = await step(
    "createVoucher",
    benefitsAdmin,
    `mutation ($input: CreateVoucherInput!) { createVoucher(input: $input) { id number status serviceLevelDays assigneeName assigneeEmail
      createdAt expiresAt offering { code } customer { name benefit { remainingDays } } } }`,
    { input: { customerId, offeringCode: "DDPS", serviceLevelDays: 5, assigneeName: "Pat Manager", assigneeEmail: email } },
  );
  const voucherId = pick(voucher, "createVoucher", "id");
  const number = pick(voucher, "createVoucher", "number");
  await step(
    "createVoucher beyond the pool",
    benefitsAdmin,
    `mutation ($input: CreateVoucherInput!) { createVoucher(input: $input) { id } }`,
    { input: { customerId, offeringCode: "DDPS", serviceLevelDays: 5, assigneeName: "Pat Manager", assigneeEmail: email } },
  );
  await step(
    "validateVoucher",
    partnerAdmin,
    `mutation ($input: ValidateVoucherInput!) { validateVoucher(input: $input) { voucherId number status serviceLevelDays expiresAt customerName offering { code } } }`,
    { input: { number, assigneeEmail: email } },
  );
  await step(
    "validateVoucher with another e-mail",
    partnerAdmin,
    `mutation ($input: ValidateVoucherInput!) { validateVoucher(input: $input) { status } }`,
    { input: { number, assigneeEmail: `someone-else-${token}@example.com` } },
  );
  const reserveInput = {
    number,
    assigneeEmail: email,
    partnerId,
    locationId,
    engagementTypeId: WINDOWS_AND_OFFICE_DEPLOYMENT_PLANNING,
    plannedStart: today,
    plannedEnd: addDays(today, 4),
    acceptTerms: true,
  };
  const RESERVE = `mutation ($input: ReserveVoucherInput!) { reserveVoucher(input: $input) { id status reservedAt reservedBy { legalName }
    engagement { id status plannedStart plannedEnd deliveryCountry location { country } engagementType { name } partner { mpnId } } } }`;
  await step("reserveVoucher without accepting the terms", partnerAdmin, RESERVE, {
    input: { ...reserveInput, acceptTerms: false },
  });
  const reserved = await step("reserveVoucher", partnerAdmin, RESERVE, { input: reserveInput });
  let engagementId = pick(reserved, "reserveVoucher", "engagement", "id");
  await step("reserveVoucher again", partnerAdmin, RESERVE, { input: reserveInput });
  await step(
    "rescheduleEngagement",
    partnerAdmin,
    "mutation ($input: RescheduleEngagementInput!) { rescheduleEngagement(input: $input) { status plannedStart plannedEnd } }",
    { input: { engagementId, plannedStart: addDays(today, 1), plannedEnd: addDays(today, 5) } },
  );
  await step(
    "cancelReservation",
    partnerAdmin,
    "mutation ($input: CancelReservationInput!) { cancelReservation(input: $input) { status reservedBy { legalName } engagement { status } } }",
    { input: { voucherId, reason: "The customer moved the project." } },
  );
  const again = await step("reserveVoucher after cancelling", partnerAdmin, RESERVE, { input: reserveInput });
  engagementId = pick(again, "reserveVoucher", "engagement", "id");
  await step("redeemVoucher before delivery", partnerAdmin, "mutation ($id: ID!) { redeemVoucher(voucherId: $id) { status } }", {
    id: voucherId,
  });
  await step(
    "startEngagement",
    partnerAdmin,
    "mutation ($input: StartEngagementInput!) { startEngagement(input: $input) { status actualStart consultants { name } } }",
    { input: { engagementId, consultantIds: [consultantId], actualStart: today } },
  );
  await step(
    "completeDelivery",
    partnerAdmin,
    "mutation ($input: CompleteDeliveryInput!) { completeDelivery(input: $input) { status actualEnd daysDelivered offsiteDays } }",
    { input: { engagementId, actualEnd: today, daysDelivered: 5, offsiteDays: 0 } },
  );
  await step(
    "submitCompletionReport",
    partnerAdmin,
    `mutation ($input: SubmitCompletionReportInput!) { submitCompletionReport(input: $input) { summary deliverableKind submittedAt
      deliverable { fileName contentType sizeBytes sha256 } } }`,
    {
      input: {
        engagementId,
        summary: "Assessed the estate and agreed a deployment plan.",
        deliverableKind: "DEPLOYMENT_PLAN",
        deliverable: { fileName: "plan.pdf", contentType: "application/pdf", contentBase64: PDF_BYTES.toString("base64") },
      },
    },
  );
  await step(
    "redeemVoucher",
    partnerAdmin,
    "mutation ($id: ID!) { redeemVoucher(voucherId: $id) { status redeemedAt paymentStatus engagement { status } } }",
    { id: voucherId },
  );
  const request = await step(
    "createPaymentRequest",
    billingAdmin,
    `mutation ($input: CreatePaymentRequestInput!) { createPaymentRequest(input: $input) { id referenceNumber status country currency createdAt
      total { amountMinor amount currency } lines { days dailyRate { amount } amount { amount } voucher { number paymentStatus } } } }`,
    { input: { partnerId, locationId, voucherIds: [voucherId] } },
  );
  const requestId = pick(request, "createPaymentRequest", "id");
  await step(
    "submitPaymentRequest",
    billingAdmin,
    "mutation ($id: ID!) { submitPaymentRequest(id: $id) { status submittedAt } }",
    { id: requestId },
  );
  await step("withdraw a submitted request", billingAdmin, "mutation ($id: ID!) { withdrawPaymentRequest(id: $id) { status } }", {
    id: requestId,
  });
  await step(
    "approvePaymentRequest",
    operator,
    "mutation ($id: ID!) { approvePaymentRequest(id: $id) { status approvedAt dueBy overdue } }",
    {
      id: requestId,
    },
  );
  await step(
    "markPaymentRequestPaid",
    operator,
    "mutation ($input: MarkPaymentRequestPaidInput!) { markPaymentRequestPaid(input: $input) { status paidAt paymentReference } }",
    { input: { id: requestId, paymentReference: `SEPA-${token}` } },
  );
  await step(
    "the voucher afterwards",
    benefitsAdmin,
    "query ($id: ID!) { voucher(id: $id) { status paymentStatus paymentRequest { status referenceNumber } customer { benefit { remainingDays } } } }",
    { id: voucherId },
  );
  await step("revokeApiKey", operator, "mutation ($id: ID!) { revokeApiKey(id: $id) { name revokedAt } }", {
    id: pick(created, "createApiKey", "apiKey", "id"),
  });
  return { token, steps };
}

describe("writes, each side on fresh data of its own", () => {
  it("a voucher's life and its payment answer alike through both gateways", async () => {
    const at = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000).toISOString();
    const ours = await voucherLife(stack.gatewayUrl, at);
    const theirs = await voucherLife(hive.url, at);
    expect(ours.steps.length).toBeGreaterThanOrEqual(20);
    // our side went as planned: the successes succeeded, the refusals were refused for their reason
    const refused: Record<string, string> = {
      "createVoucher beyond the pool": "INSUFFICIENT_DAYS",
      "validateVoucher with another e-mail": "VOUCHER_NOT_FOUND",
      "reserveVoucher without accepting the terms": "AGREEMENT_NOT_ACCEPTED",
      "reserveVoucher again": "VOUCHER_ALREADY_RESERVED",
      "redeemVoucher before delivery": "COMPLETION_REPORT_MISSING",
      "withdraw a submitted request": "INVALID_STATE",
    };
    expect(Object.fromEntries(ours.steps.map(([name, outcome]) => [name, outcome.codes.join(",")]))).toEqual(
      Object.fromEntries(ours.steps.map(([name]) => [name, refused[name] ?? ""])),
    );
    expect(normalise(theirs.steps, theirs.token)).toEqual(normalise(ours.steps, ours.token));
  });
});
