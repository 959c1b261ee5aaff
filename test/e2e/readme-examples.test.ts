import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createVoucher, DemoSeed, dateIn, dateInYears, readmeCurlScripts, readmeGraphqlBlocks, runDemoSeeds } from "@psg/stack";
import { dataOf, startTestStack, type TestStack } from "@psg/testing";
import { Kind, type OperationDefinitionNode, parse } from "graphql";
import { createClient, partnerOverview } from "../../examples/typed-client/client";

/**
 * Every example of README.md, run as written against the demo data `npm start` seeds: each
 * ```graphql operation in README order with a key of the role its comment names and the
 * variables its JSON block shows (placeholders filled from the demo), and each curl script.
 */

/** A role a README comment names, and the demo key that holds it ("operators" is the bootstrap key). */
const ROLE = /\b(operators?|GLOBAL_ADMIN|PARTNER_ADMIN|BILLING_ADMIN|BENEFITS_ADMIN|PROJECT_MANAGER)\b/;
const DEMO_KEY_OF_ROLE: Record<string, string> = {
  GLOBAL_ADMIN: "Contoso Consulting GLOBAL_ADMIN",
  PARTNER_ADMIN: "Contoso Consulting PARTNER_ADMIN",
  BILLING_ADMIN: "Contoso Consulting BILLING_ADMIN",
  BENEFITS_ADMIN: "Fabrikam Ltd BENEFITS_ADMIN",
  PROJECT_MANAGER: "Fabrikam Ltd PROJECT_MANAGER",
};

/** What the demo holds and what earlier examples made, by name. */
type Context = Record<string, string>;
type Data = Record<string, unknown>;

interface Step {
  /** Values of the operation's placeholders (`<...>` in its JSON block). */
  fill?: (ctx: Context) => Record<string, unknown>;
  /** What later examples need of the answer: a context name and the dotted path of its value in the data. */
  keep?: [name: string, path: string];
}

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1");

/** How each README operation runs on the demo data, by operation name. */
const STEPS: Record<string, Step> = {
  Viewer: {},
  CreatePartnerKey: { fill: (c) => ({ partnerId: c.partnerId }), keep: ["keyId", "createApiKey.apiKey.id"] },
  RevokeApiKey: { fill: (c) => ({ keyId: c.keyId }) },

  CreatePartner: { keep: ["newPartnerId", "createPartner.id"] },
  GrantCompetency: { fill: (c) => ({ partnerId: c.newPartnerId }) },
  RenewMembership: { fill: (c) => ({ partnerId: c.newPartnerId }) },
  FindPartners: {},
  AddPartnerLocation: { fill: (c) => ({ partnerId: c.partnerId }), keep: ["newLocationId", "addPartnerLocation.id"] },
  AddConsultant: { fill: (c) => ({ partnerId: c.partnerId }), keep: ["newConsultantId", "addConsultant.id"] },
  UpsertBusinessProfile: { fill: (c) => ({ partnerId: c.partnerId }) },
  RecordExamPass: { fill: (c) => ({ consultantId: c.newConsultantId }) },
  EnrollInOffering: { fill: (c) => ({ partnerId: c.newPartnerId }) },
  Eligibility: { fill: (c) => ({ partnerId: c.partnerId }) },
  PartnerProfile: { fill: (c) => ({ partnerId: c.partnerId }) },

  CreateCustomer: { keep: ["newCustomerId", "createCustomer.id"] },
  ActivateBenefit: { fill: (c) => ({ customerId: c.newCustomerId }) },
  CreateVoucher: { fill: (c) => ({ customerId: c.customerId }), keep: ["createdVoucherId", "createVoucher.id"] },
  CancelVoucher: { fill: (c) => ({ voucherId: c.createdVoucherId }) },
  CustomerVouchers: { fill: (c) => ({ customerId: c.customerId }) },
  ValidateVoucher: { fill: (c) => ({ number: c.assignedNumber }) },
  ReserveVoucher: {
    fill: (c) => ({ number: c.assignedNumber, partnerId: c.partnerId, locationId: c.locationId }),
    keep: ["engagementId", "reserveVoucher.engagement.id"],
  },
  RescheduleEngagement: { fill: (c) => ({ engagementId: c.reservedEngagementId }) },
  CancelReservation: { fill: (c) => ({ voucherId: c.reservedVoucherId }) },
  StartEngagement: { fill: (c) => ({ engagementId: c.engagementId, consultantId: c.consultantId }) },
  CompleteDelivery: { fill: (c) => ({ engagementId: c.engagementId }) },
  SubmitCompletionReport: { fill: (c) => ({ engagementId: c.engagementId, contentBase64: PDF.toString("base64") }) },
  RedeemVoucher: { fill: (c) => ({ voucherId: c.assignedVoucherId }) },
  EngagementDeliverable: { fill: (c) => ({ engagementId: c.engagementId }) },
  PartnerVouchers: { fill: (c) => ({ partnerId: c.partnerId }) },

  LastVouchers: { keep: ["startCursor", "vouchers.pageInfo.startCursor"] },
  VouchersBefore: { fill: (c) => ({ before: c.startCursor }) },

  OfferVoucher: { fill: (c) => ({ voucherId: c.toOfferId }) },
  OfferedVouchers: { fill: (c) => ({ partnerId: c.partnerId }) },
  ReserveOfferedVoucher: { fill: (c) => ({ voucherId: c.toOfferId, partnerId: c.partnerId, locationId: c.locationId }) },
  WithdrawOffer: { fill: (c) => ({ voucherId: c.offeredVoucherId }) },

  SetRate: {},
  RegisterPaymentTool: { fill: (c) => ({ partnerId: c.partnerId }) },
  AddBankAccount: { fill: (c) => ({ partnerId: c.partnerId, locationId: c.newLocationId }) },
  CreatePaymentRequest: {
    fill: (c) => ({ partnerId: c.partnerId, locationId: c.locationId, voucherIds: [c.assignedVoucherId] }),
    keep: ["requestId", "createPaymentRequest.id"],
  },
  SubmitPaymentRequest: { fill: (c) => ({ requestId: c.requestId }) },
  WithdrawPaymentRequest: { fill: (c) => ({ requestId: c.draftRequestId }) },
  ApprovePaymentRequest: { fill: (c) => ({ requestId: c.requestId }) },
  DenyPaymentRequest: { fill: (c) => ({ requestId: c.submittedRequestId }) },
  MarkPaymentRequestPaid: { fill: (c) => ({ requestId: c.approvedRequestId }) },
  VoucherPaymentStatus: { fill: (c) => ({ voucherId: c.assignedVoucherId }) },
  ClaimDeadlines: {},
  OverduePaymentRequests: {},
  SubmittedPaymentRequests: {},

  Events: { fill: () => ({ after: null }) },
  CreateWebhookEndpoint: { keep: ["endpointId", "createWebhookEndpoint.endpoint.id"] },
  SendTestEvent: { fill: (c) => ({ endpointId: c.endpointId }) },
  RotateWebhookSecret: { fill: (c) => ({ endpointId: c.endpointId }) },
  UpdateWebhookEndpoint: { fill: (c) => ({ endpointId: c.endpointId }) },
  WebhookEndpoints: {},
  DeleteWebhookEndpoint: { fill: (c) => ({ endpointId: c.endpointId }) },
};

/** A date placeholder: `<today>`, `<today + 7 days>`, `<today - 1 year>`. */
function relativeDate(placeholder: unknown): string | undefined {
  const match = typeof placeholder === "string" ? /^<today(?: ([+-]) (\d+) (days?|years?))?>$/.exec(placeholder) : null;
  if (!match) return undefined;
  const amount = match[2] ? Number(match[2]) * (match[1] === "-" ? -1 : 1) : 0;
  return match[3]?.startsWith("year") ? dateInYears(amount) : dateIn(amount);
}

/** The string at a dotted path of an answer's data. */
function valueAt(data: unknown, path: string): string {
  const value = path.split(".").reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], data);
  if (typeof value !== "string") throw new Error(`no string at ${path} of ${JSON.stringify(data)}`);
  return value;
}

const isPlaceholder = (value: unknown): boolean => typeof value === "string" && /^<.*>$/.test(value);

/** The role the nearest comment above an operation names. */
function roleOf(document: string, operation: OperationDefinitionNode): string | undefined {
  const lines = document.slice(0, operation.loc?.start).split("\n");
  let end = lines.length - 1;
  while (end >= 0 && !lines[end].trim().startsWith("#")) end--;
  let start = end;
  while (start > 0 && lines[start - 1].trim().startsWith("#")) start--;
  const comment = lines.slice(start, end + 1).join(" ");
  return ROLE.exec(comment)?.[1];
}

let stack: TestStack;
let seed: DemoSeed;
const ctx: Context = {};
const keyOf = (label: string): string => {
  const key = seed.keys.find((k) => k.label === label);
  if (!key) throw new Error(`the demo has no key "${label}"`);
  return key.secret;
};

beforeAll(async () => {
  process.env.PSG_DATA_DIR = mkdtempSync(join(tmpdir(), "psg-readme-"));
  // the demo has fixed names and MPN ids: it goes into an empty database, as under `npm start`
  stack = await startTestStack({}, { freshDatabase: true });
  seed = new DemoSeed(stack.gatewayUrl, stack.operatorKey);
  await runDemoSeeds(seed);
  Object.assign(ctx, seed.ids);

  // the demo's vouchers and payment requests by state, as a client finds them
  const benefitsAdmin = keyOf(DEMO_KEY_OF_ROLE.BENEFITS_ADMIN);
  type Vouchers = {
    customer: { vouchers: { edges: { node: { id: string; number: string; engagement: { id: string } | null } }[] } };
  };
  const vouchers = async (status: string) =>
    dataOf(
      await stack.request<Vouchers>(
        "query ($id: ID!, $status: VoucherStatus) { customer(id: $id) { vouchers(first: 20, status: $status) { edges { node { id number engagement { id } } } } } }",
        { key: benefitsAdmin, variables: { id: ctx.customerId, status } },
      ),
    ).customer.vouchers.edges.map((e) => e.node);
  const [assigned] = await vouchers("ASSIGNED");
  const [reserved] = await vouchers("RESERVED");
  Object.assign(ctx, {
    assignedVoucherId: assigned.id,
    assignedNumber: assigned.number,
    reservedVoucherId: reserved.id,
    reservedEngagementId: reserved.engagement?.id,
  });
  for (const status of ["DRAFT", "SUBMITTED", "APPROVED"]) {
    const { paymentRequests } = dataOf(
      await stack.request<{ paymentRequests: { edges: { node: { id: string } }[] } }>(
        "query ($status: PaymentRequestStatus) { paymentRequests(first: 1, status: $status) { edges { node { id } } } }",
        { key: stack.operatorKey, variables: { status } },
      ),
    );
    ctx[`${status.toLowerCase()}RequestId`] = paymentRequests.edges[0].node.id;
  }

  // the offers example needs two more assigned vouchers, one of them offered already
  const assign = () =>
    createVoucher(seed.graph, benefitsAdmin, {
      customerId: ctx.customerId,
      offeringCode: "DDPS",
      serviceLevelDays: 5,
      assigneeName: "Jonas Weber",
      assigneeEmail: "jonas.weber@fabrikam.example",
    });
  ctx.toOfferId = (await assign()).id;
  ctx.offeredVoucherId = (await assign()).id;
  await seed.as(
    benefitsAdmin,
    `mutation ($id: ID!) { offerVoucher(input: { voucherId: $id, partnerMpnId: "4410001" }) { id } }`,
    {
      id: ctx.offeredVoucherId,
    },
  );
}, 180_000);
afterAll(() => stack?.stop());

const blocks = readmeGraphqlBlocks();
const operationsOf = (document: string): OperationDefinitionNode[] =>
  parse(document).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

it("names every README operation, and each block's JSON shows exactly the variables its operations take", () => {
  const names = blocks.flatMap((block) =>
    operationsOf(block.document).map((op) => op.name?.value ?? `unnamed at line ${block.line}`),
  );
  expect(names.filter((name) => !STEPS[name])).toEqual([]);
  expect(Object.keys(STEPS).filter((name) => !names.includes(name))).toEqual([]);
  for (const block of blocks) {
    const declared = new Set(
      operationsOf(block.document).flatMap((op) => (op.variableDefinitions ?? []).map((v) => v.variable.name.value)),
    );
    expect([block.line, Object.keys(block.variables ?? {}).sort()]).toEqual([block.line, [...declared].sort()]);
  }
});

it("runs every README operation in order on the demo data, with the role its comment names, without an error", async () => {
  for (const block of blocks) {
    for (const operation of operationsOf(block.document)) {
      const name = operation.name?.value ?? "";
      const role = roleOf(block.document, operation);
      expect([name, role]).toEqual([name, expect.any(String)]);
      const key = role?.startsWith("operator") ? stack.operatorKey : keyOf(DEMO_KEY_OF_ROLE[role ?? ""]);
      const filled = STEPS[name].fill?.(ctx) ?? {};
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map(({ variable }) => {
          const shown = block.variables?.[variable.name.value];
          const value = variable.name.value in filled ? filled[variable.name.value] : (relativeDate(shown) ?? shown);
          return [variable.name.value, value];
        }),
      );
      const unfilled = Object.entries(variables).filter(([, value]) => value === undefined || isPlaceholder(value));
      expect([name, unfilled]).toEqual([name, []]);
      const query = block.document.slice(operation.loc?.start, operation.loc?.end);
      const answer = await stack.request<Data>(query, { key, variables });
      expect([name, answer.errors ?? []]).toEqual([name, []]);
      const keep = STEPS[name].keep;
      if (keep) ctx[keep[0]] = valueAt(answer.data, keep[1]);
    }
  }
}, 120_000);

it("runs every README curl script as written", async () => {
  const scripts = readmeCurlScripts();
  expect(scripts.length).toBeGreaterThanOrEqual(2);
  type Answer = { data?: { offerings?: unknown[] }; errors?: { extensions?: { code?: string } }[] };
  const answers: Answer[] = [];
  for (const script of scripts) {
    // each curl's answer on a line of its own
    const run = `curl() { command curl "$@"; echo; }\n${script.replaceAll("http://localhost:4000/graphql", stack.gatewayUrl)}`;
    const { stdout } = await promisify(execFile)("sh", ["-c", run]);
    answers.push(
      ...stdout
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line) => JSON.parse(line) as Answer),
    );
  }
  const [catalog, unknownHash, registered, byHash] = answers;
  expect(catalog.data?.offerings?.length).toBeGreaterThan(0);
  expect(unknownHash.errors?.map((e) => e.extensions?.code)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
  expect(registered).toEqual({ data: { offerings: expect.any(Array) } });
  expect(byHash).toEqual(registered);
  expect(answers).toHaveLength(4);

  // as the README says, a GET without a header a browser form cannot send is refused (CSRF prevention)
  const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } });
  const bare = await fetch(`${stack.gatewayUrl}?extensions=${encodeURIComponent(extensions)}`);
  expect(bare.status).toBe(400);
  expect(await bare.text()).toMatch(/CSRF/);
});

it("the typed client example reads the demo partner's reserved vouchers", async () => {
  const client = createClient(stack.gatewayUrl, keyOf(DEMO_KEY_OF_ROLE.PARTNER_ADMIN));
  const { viewer, partner } = await partnerOverview(client);
  expect(viewer).toMatchObject({ organizationKind: "PARTNER", organizationId: ctx.partnerId, roles: ["PARTNER_ADMIN"] });
  expect(partner?.vouchers?.edges.length).toBeGreaterThan(0);
  expect(partner?.vouchers?.edges.every(({ node }) => node.number.startsWith("PSV-"))).toBe(true);
});
