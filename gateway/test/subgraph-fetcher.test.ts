import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { parse } from "graphql";
import { isRead, MAY_SHARE_HEADER, requestIdentity, SubgraphFetcher } from "../src/subgraph-fetcher";

/** A real HTTP server that answers after `delayMs`, echoing what it got, and counts requests. */
let server: Server;
let url: string;
let delayMs = 100;
const received: { headers: IncomingMessage["headers"]; body: string }[] = [];
const answering = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      const timer = setTimeout(() => {
        answering.delete(timer);
        res.writeHead(200, { "content-type": "application/json", "cache-control": "private" });
        res.end(JSON.stringify({ data: { seen: received.length, body: JSON.parse(body || "null") } }));
      }, delayMs);
      answering.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  for (const timer of answering) clearTimeout(timer);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  received.length = 0;
  delayMs = 100;
});

const read = (authorization: string, body = '{"query":"{ a }"}') => ({
  method: "POST",
  headers: { "content-type": "application/json", authorization, [MAY_SHARE_HEADER]: "1" },
  body,
});

it("sends identical reads in flight once and gives each caller its own parsed copy", async () => {
  const fetcher = new SubgraphFetcher({ timeoutMs: 5_000 });
  try {
    const [a, b] = await Promise.all([fetcher.fetch(url, read("Bearer one")), fetcher.fetch(url, read("Bearer one"))]);
    expect(received).toHaveLength(1);
    expect(received[0].headers[MAY_SHARE_HEADER]).toBeUndefined(); // the marker never leaves the gateway
    expect(received[0].headers.authorization).toBe("Bearer one");
    const [bodyA, bodyB] = [await a.json(), await b.json()];
    expect(bodyA).toEqual({ data: { seen: 1, body: { query: "{ a }" } } });
    expect(bodyB).toEqual(bodyA);
    expect(bodyB).not.toBe(bodyA); // the gateway merges into these in place
    expect(a.status).toBe(200);
    expect(a.ok).toBe(true);
    expect(a.headers.get("Cache-Control")).toBe("private");
    expect(fetcher.stats).toEqual({ trips: 1, shared: 1, inFlight: 0 });

    // once the first has answered, the same request is a new trip
    await fetcher.fetch(url, read("Bearer one"));
    expect(received).toHaveLength(2);
  } finally {
    await fetcher.close();
  }
});

it("keeps requests apart that differ in any header or in the body, and never merges unmarked ones", async () => {
  const fetcher = new SubgraphFetcher({ timeoutMs: 5_000 });
  try {
    const sandbox = {
      ...read("Bearer one"),
      headers: { ...read("Bearer one").headers, "x-sandbox-time": "2030-01-01T00:00:00Z" },
    };
    const unmarked = { ...read("Bearer one"), headers: { "content-type": "application/json", authorization: "Bearer one" } };
    await Promise.all([
      fetcher.fetch(url, read("Bearer one")),
      fetcher.fetch(url, read("Bearer two")),
      fetcher.fetch(url, sandbox),
      fetcher.fetch(url, read("Bearer one", '{"query":"{ b }"}')),
      fetcher.fetch(url, unmarked),
      fetcher.fetch(url, unmarked),
    ]);
    expect(received).toHaveLength(6);
  } finally {
    await fetcher.close();
  }
});

it("turns a subgraph slower than the deadline into an error for every waiting caller", async () => {
  delayMs = 2_000;
  const fetcher = new SubgraphFetcher({ timeoutMs: 200 });
  try {
    const started = Date.now();
    const results = await Promise.allSettled([fetcher.fetch(url, read("Bearer one")), fetcher.fetch(url, read("Bearer one"))]);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(String((results[0] as PromiseRejectedResult).reason)).toMatch(/did not answer within 200 ms/);
    expect(fetcher.stats.inFlight).toBe(0);
  } finally {
    await fetcher.close();
  }
});

it("names a request by URL, sorted headers and body", () => {
  expect(requestIdentity("u", { b: "2", a: "1" }, "x")).toBe(requestIdentity("u", { a: "1", b: "2" }, "x"));
  expect(requestIdentity("u", { a: "1" }, "x")).not.toBe(requestIdentity("u", { a: "2" }, "x"));
  expect(requestIdentity("u", { a: "1" }, "x")).not.toBe(requestIdentity("v", { a: "1" }, "x"));
});

it("counts as a read only a query of a client query: never a mutation, nor the reads that follow one", () => {
  const options = (client: string, subgraph: string) =>
    ({
      kind: "incoming operation",
      request: { query: subgraph },
      incomingRequestContext: { operation: parse(client).definitions[0] },
      context: {},
    }) as unknown as Parameters<typeof isRead>[0];
  expect(isRead(options("{ a }", "{ a }"))).toBe(true);
  expect(isRead(options("query Q { a }", "query Q__p__0($representations:[_Any!]!){ _entities { a } }"))).toBe(true);
  expect(isRead(options("mutation { m }", "mutation{ m }"))).toBe(false);
  expect(isRead(options("mutation { m { a } }", "query M__p__1($representations:[_Any!]!){ _entities { a } }"))).toBe(false);
  expect(isRead({ kind: "health check", request: { query: "{ __typename }" }, context: {} } as never)).toBe(false);
});
