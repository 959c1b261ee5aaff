import { createQualifiedPartner, startTappedGateway, startTestStack, type TappedGateway, type TestStack } from "@psg/testing";

/**
 * The worst requests the issue measured, each refused before any subgraph is asked, while
 * a normal request sent at the same time answers normally.
 */
let stack: TestStack;
let gateway: TappedGateway;
let partnerId: string;
let partnerKey: string;
beforeAll(async () => {
  stack = await startTestStack();
  gateway = await startTappedGateway(stack);
  const partner = await createQualifiedPartner(stack);
  partnerId = partner.partnerId;
  partnerKey = partner.keys.globalAdmin;
});
afterAll(async () => {
  await gateway.close();
  await stack.stop();
});

/** Every hostile document names its fields `hostile…`, so a subgraph request carrying one would show. */
const MARK = "hostile";

const times = (n: number, make: (i: number) => string, separator = " ") =>
  Array.from({ length: n }, (_, i) => make(i)).join(separator);

const nestedLists = (id: string) =>
  `{ ${times(
    3,
    (i) => `${MARK}${i}: partner(id: "${id}") { consultants(first: 100) { edges { node { partner {
    consultants(first: 100) { edges { node { partner { consultants(first: 100) { edges { node { name } } } } } } } } } } } }`,
  )} }`;

/** Fragments each spreading the next one twice: 2^20 fields from a few hundred bytes. */
const fragmentBomb = () =>
  `{ offerings { ...${MARK}0 } } ${times(20, (i) => `fragment ${MARK}${i} on Offering { ...${MARK}${i + 1} ...${MARK}${i + 1} }`)} fragment ${MARK}20 on Offering { code }`;

/** A chain of fragments, each one level deeper. */
const deepFragments = () =>
  `{ offerings { ...${MARK}0 } } ${times(20, (i) => `fragment ${MARK}${i} on Offering { engagementTypes { offering { ...${MARK}${i + 1} } } }`)} fragment ${MARK}20 on Offering { code }`;

interface Refusal {
  name: string;
  body: string;
  key?: string;
  /** What it must be refused with: a limit's name, or an HTTP status without GraphQL. */
  expect: string | 413;
}

const aliases = (n: number) => `{ ${times(n, (i) => `${MARK}${i}: offerings { code }`)} }`;

function worstRequests(): Refusal[] {
  const fourteenMegabytes = aliases(Math.ceil((14 * 1024 * 1024) / 30));
  return [
    {
      name: "nested lists under aliases, with a key",
      body: JSON.stringify({ query: nestedLists(partnerId) }),
      key: partnerKey,
      expect: "cost",
    },
    {
      name: "nested lists under aliases, without a key",
      body: JSON.stringify({ query: nestedLists(partnerId) }),
      expect: "cost",
    },
    { name: "500 aliases", body: JSON.stringify({ query: aliases(500) }), expect: "aliases" },
    { name: "5,000 aliases", body: JSON.stringify({ query: aliases(5_000) }), expect: "tokens" },
    { name: "a 14 MB document of aliases", body: JSON.stringify({ query: fourteenMegabytes }), expect: "tokens" },
    {
      name: "2,000 operations",
      body: JSON.stringify({ query: times(2_000, (i) => `query ${MARK}${i} { offerings { code } }`), operationName: `${MARK}1` }),
      expect: "tokens",
    },
    { name: "a fragment bomb", body: JSON.stringify({ query: fragmentBomb() }), key: partnerKey, expect: "cost" },
    { name: "deep fragments", body: JSON.stringify({ query: deepFragments() }), expect: "depth" },
    { name: "a 17 MiB body", body: JSON.stringify({ query: aliases(10), padding: "x".repeat(17 * 1024 * 1024) }), expect: 413 },
  ];
}

async function send(refusal: Refusal): Promise<{ status: number; code?: string; limit?: string; cost?: unknown }> {
  const response = await fetch(gateway.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(refusal.key ? { authorization: `Bearer ${refusal.key}` } : {}) },
    body: refusal.body,
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string; limit?: string; cost?: unknown } }[] };
  const extensions = body.errors?.[0]?.extensions ?? {};
  return { status: response.status, code: extensions.code, limit: extensions.limit, cost: extensions.cost };
}

const NORMAL = `query ($id: ID!) { partner(id: $id) { legalName enrollments { status } } offerings { code } }`;

async function normal(): Promise<{ legalName?: string; offerings?: unknown[] }> {
  const response = await fetch(gateway.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${partnerKey}` },
    body: JSON.stringify({ query: NORMAL, variables: { id: partnerId } }),
  });
  const body = (await response.json()) as { data?: { partner?: { legalName: string }; offerings?: unknown[] } };
  return { legalName: body.data?.partner?.legalName, offerings: body.data?.offerings };
}

it("refuses each of the worst requests with QUERY_TOO_COMPLEX (or 413) naming the limit, before any subgraph is called", async () => {
  const before = gateway.subgraphRequests.length;
  for (const refusal of worstRequests()) {
    const answer = await send(refusal);
    if (refusal.expect === 413) expect([refusal.name, answer.status]).toEqual([refusal.name, 413]);
    else {
      expect([refusal.name, answer.status, answer.code, answer.limit]).toEqual([
        refusal.name,
        400,
        "QUERY_TOO_COMPLEX",
        refusal.expect,
      ]);
    }
    if (refusal.expect === "cost") expect(answer.cost).toBeDefined();
  }
  expect(gateway.subgraphRequests.slice(before)).toEqual([]);
}, 120_000);

it("a normal request sent at the same time answers normally", async () => {
  const refusals = worstRequests();
  const [answers, ...normals] = await Promise.all([Promise.all(refusals.map(send)), normal(), normal(), normal()]);
  expect(answers.map((a) => a.status)).toEqual(refusals.map((r) => (r.expect === 413 ? 413 : 400)));
  for (const answer of normals) {
    expect(answer.legalName).toMatch(/Qualified Partner/);
    expect(answer.offerings?.length).toBeGreaterThan(0);
  }
  expect(gateway.subgraphRequests.length).toBeGreaterThan(0);
  expect(gateway.subgraphRequests.filter((body) => body.includes(MARK))).toEqual([]);
}, 120_000);

it("refuses 14 MB documents without the gateway's memory growing with it", async () => {
  const document = JSON.stringify({ query: aliases(Math.ceil((14 * 1024 * 1024) / 30)) });
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const answers = await Promise.all(Array.from({ length: 4 }, () => send({ name: "14 MB", body: document, expect: "tokens" })));
  clearInterval(sampler);
  expect(answers.map((a) => a.limit)).toEqual(["tokens", "tokens", "tokens", "tokens"]);
  // four bodies of 14 MB, parsed as JSON: far less than the gigabytes a full parse of them took
  expect(peak - before).toBeLessThan(400 * 1024 * 1024);
}, 120_000);
