import { createHash } from "node:crypto";
import { randomMpnId, startTappedGateway, startTestStack, type TappedGateway, type TestStack } from "@psg/testing";

/**
 * api.md's "Request errors" table, row by row, through a gateway whose subgraph traffic and
 * logs the test reads.
 */
let stack: TestStack;
let gateway: TappedGateway;
beforeAll(async () => {
  stack = await startTestStack();
  gateway = await startTappedGateway(stack);
});
afterAll(async () => {
  await gateway.close();
  await stack.stop();
});

interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: unknown[]; extensions?: { code?: string } }[];
  };
}

async function post(body: unknown, key?: string): Promise<Answer> {
  const response = await fetch(gateway.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer["body"] };
}

const codes = (answer: Answer) => (answer.body.errors ?? []).map((e) => e.extensions?.code);

const CREATE_PARTNER = `mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id membershipStart } }`;
const partnerInput = (membershipStart: string) => ({
  mpnId: randomMpnId(),
  legalName: "Request Errors Ltd",
  membershipStart,
  membershipEnd: "2028-12-31",
});

it("an unparsable document: 400 GRAPHQL_PARSE_FAILED", async () => {
  const answer = await post({ query: "{ offerings { code " });
  expect(answer.status).toBe(400);
  expect(codes(answer)).toEqual(["GRAPHQL_PARSE_FAILED"]);
});

it("an unknown field, a wrong argument, an @inaccessible field: 400 GRAPHQL_VALIDATION_FAILED", async () => {
  for (const query of [
    "{ offerings { code colour } }",
    "{ offerings(colour: RED) { code } }",
    `{ _apiKeyPrincipal(keyHash: "x") { roles } }`,
  ]) {
    const answer = await post({ query }, stack.operatorKey);
    expect([query, answer.status]).toEqual([query, 400]);
    expect(new Set(codes(answer))).toEqual(new Set(["GRAPHQL_VALIDATION_FAILED"]));
  }
});

it("variables that do not coerce: 400 BAD_USER_INPUT", async () => {
  const answer = await post(
    { query: "query ($n: Int!) { partners(first: $n) { totalCount } }", variables: { n: "twenty" } },
    stack.operatorKey,
  );
  expect(answer.status).toBe(400);
  expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
});

it("a bad Date literal or variable: BAD_USER_INPUT, as the subgraph said it, and nothing written", async () => {
  const literal = await post(
    {
      query: `mutation { createPartner(input: { mpnId: "${randomMpnId()}", legalName: "Bad Date Ltd", membershipStart: "2026-13-01", membershipEnd: "2028-12-31" }) { id } }`,
    },
    stack.operatorKey,
  );
  expect([200, 400]).toContain(literal.status);
  expect(codes(literal)).toEqual(["BAD_USER_INPUT"]);
  expect(literal.body.errors?.[0].message).toMatch(/Date/);

  const variable = await post({ query: CREATE_PARTNER, variables: { input: partnerInput("2026-02-30") } }, stack.operatorKey);
  expect([200, 400]).toContain(variable.status);
  expect(codes(variable)).toEqual(["BAD_USER_INPUT"]);

  const rows = await stack.services.partners.db?.query(
    `SELECT count(*)::int AS n FROM "partners"."partners" WHERE legal_name LIKE 'Bad Date%'`,
  );
  expect(rows[0].n).toBe(0);
  // and a good one goes through the same path
  const good = await post({ query: CREATE_PARTNER, variables: { input: partnerInput("2026-02-28") } }, stack.operatorKey);
  expect(good.status).toBe(200);
  expect(good.body.data?.createPartner).toMatchObject({ membershipStart: "2026-02-28" });
});

it("an unknown operationName, or several operations and none named: 400 OPERATION_RESOLUTION_FAILURE", async () => {
  const before = gateway.subgraphRequests.length;
  const unknown = await post({ query: "query A { offerings { code } }", operationName: "B" });
  expect(unknown.status).toBe(400);
  expect(codes(unknown)).toEqual(["OPERATION_RESOLUTION_FAILURE"]);

  const unnamed = await post({ query: "query A { offerings { code } } query B { offerings { name } }" });
  expect(unnamed.status).toBe(400);
  expect(codes(unnamed)).toEqual(["OPERATION_RESOLUTION_FAILURE"]);

  const chosen = await post({ query: "query A { offerings { code } } query B { offerings { name } }", operationName: "B" });
  expect(chosen.status).toBe(200);
  expect(gateway.subgraphRequests.length).toBe(before + 1);
});

it("an APQ hash the server does not know: 200 PERSISTED_QUERY_NOT_FOUND, then the registered query runs", async () => {
  const query = "{ offerings { code status } }";
  const sha256Hash = createHash("sha256").update(query).digest("hex");
  const extensions = { persistedQuery: { version: 1, sha256Hash } };
  const unknown = await post({ extensions });
  expect(unknown.status).toBe(200);
  expect(codes(unknown)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
  expect((await post({ query, extensions })).status).toBe(200);
  const known = await post({ extensions });
  expect(known.status).toBe(200);
  expect(Array.isArray(known.body.data?.offerings)).toBe(true);
});

it("over a limit: 400 QUERY_TOO_COMPLEX naming the limit", async () => {
  const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(" ");
  const dirs = Array.from({ length: 51 }, () => "code @include(if: true)").join(" ");
  const roots = Array.from({ length: 21 }, (_, i) => `r${i}: offerings { code }`).join(" ");
  for (const [query, limit] of [
    [`{ offerings { ${aliases.replaceAll("__typename", "code")} } }`, "aliases"],
    [`{ offerings { ${dirs} } }`, "directives"],
    [`{ ${roots} }`, "rootFields"],
  ]) {
    const answer = await post({ query });
    expect([limit, answer.status, codes(answer)]).toEqual([limit, 400, ["QUERY_TOO_COMPLEX"]]);
    expect(answer.body.errors?.[0].extensions).toMatchObject({ limit });
  }
});

it("a subgraph's own error reaches the client with its code, message and path", async () => {
  const answer = await post(
    {
      query: `mutation { validateVoucher(input: { number: "PSV-0000-0000-0000-0000-0000", assigneeEmail: "nobody@example.com" }) { voucherId } }`,
    },
    stack.operatorKey,
  );
  expect(answer.status).toBe(200);
  expect(answer.body.errors).toEqual([
    { message: expect.stringMatching(/voucher/i), path: ["validateVoucher"], extensions: { code: "VOUCHER_NOT_FOUND" } },
  ]);
});

it("client mistakes log no stack trace and never read INTERNAL_SERVER_ERROR", async () => {
  const logged = gateway.logs.filter((line) => line.level >= 50 || line.err?.stack);
  expect(logged).toEqual([]);
});
