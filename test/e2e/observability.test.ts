import { randomUUID } from "node:crypto";
import { MAX_OPERATION_NAMES } from "@psg/shared";
import { codesOf, startTestStack, type TestStack } from "@psg/testing";

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

const metricsUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, "/metrics");

async function scrape(graphqlUrl: string): Promise<string> {
  const response = await fetch(metricsUrl(graphqlUrl));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
  return response.text();
}

/** The sum of every sample of a series whose labels contain all of `labels`. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of text.split("\n")) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (!Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) continue;
    total += Number(line.slice(line.lastIndexOf(" ") + 1));
  }
  return total;
}

const TRACE_QUERY = `query ObservedEverywhere { viewer { organizationKind } customers(first: 1) { totalCount } rateCards { country } webhookEndpoints { id } }`;

describe("GET /metrics", () => {
  it("on every service shows request, latency, pool, event-loop and process series that move with requests", async () => {
    const urls = { gateway: stack.gatewayUrl, ...stack.subgraphUrls };
    const before = Object.fromEntries(
      await Promise.all(Object.entries(urls).map(async ([name, url]) => [name, await scrape(url)])),
    );

    for (let i = 0; i < 3; i++) expect(codesOf(await stack.request(TRACE_QUERY, { key: stack.operatorKey }))).toEqual([]);
    expect(codesOf(await stack.request("query Refused { customers(first: 1) { totalCount } }"))).toEqual(["UNAUTHENTICATED"]);

    for (const [name, url] of Object.entries(urls)) {
      const text = await scrape(url);
      const was = before[name] as string;
      for (const series of ["nodejs_eventloop_lag_seconds", "process_cpu_user_seconds_total", "process_resident_memory_bytes"]) {
        expect(text).toContain(`${series}{service="${name}"}`);
      }
      const ok = { service: name, operation: "ObservedEverywhere", code: "OK" };
      expect(sample(text, "graphql_requests_total", ok) - sample(was, "graphql_requests_total", ok)).toBeGreaterThanOrEqual(3);
      expect(sample(text, "graphql_request_duration_seconds_count", ok)).toBeGreaterThan(
        sample(was, "graphql_request_duration_seconds_count", ok),
      );
      expect(sample(text, "graphql_request_duration_seconds_sum", ok)).toBeGreaterThan(0);
      if (name === "gateway") {
        const refused = { operation: "Refused", code: "UNAUTHENTICATED" };
        expect(sample(text, "graphql_requests_total", refused)).toBe(sample(was, "graphql_requests_total", refused) + 1);
        for (const subgraph of ["partners", "vouchers", "payments"]) {
          const fetches = { subgraph, outcome: "ok" };
          expect(sample(text, "gateway_subgraph_fetch_duration_seconds_count", fetches)).toBeGreaterThanOrEqual(
            sample(was, "gateway_subgraph_fetch_duration_seconds_count", fetches) + 3,
          );
        }
      } else {
        expect(sample(text, "db_pool_connections", { state: "total" })).toBeGreaterThan(0);
        expect(text).toMatch(/db_pool_connections\{state="waiting",service="\w+"\} 0/);
        expect(sample(text, "db_pool_max_connections")).toBe(10);
      }
    }
  });

  it("keeps operation names bounded: names beyond the limit, and names no client should send, count as other", async () => {
    const names = Array.from({ length: MAX_OPERATION_NAMES + 20 }, (_, i) => `Flood${i}`);
    for (const name of names) await stack.request(`query ${name} { offerings { code } }`);
    const text = await scrape(stack.gatewayUrl);
    const labels = new Set([...text.matchAll(/graphql_requests_total\{operation="([^"]+)"/g)].map((m) => m[1]));
    expect(labels.size).toBeLessThanOrEqual(MAX_OPERATION_NAMES + 2); // + "other" and "anonymous"
    expect(labels.has("other")).toBe(true);
    expect(labels.has(`Flood${MAX_OPERATION_NAMES + 19}`)).toBe(false);
  });
});

describe("x-request-id", () => {
  it("is taken from the client, returned on the response and put in every error", async () => {
    const id = `client-${randomUUID()}`;
    const response = await fetch(stack.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": id },
      body: JSON.stringify({ query: "{ customers(first: 1) { totalCount } }" }),
    });
    expect(response.headers.get("x-request-id")).toBe(id);
    const body = (await response.json()) as { errors: { extensions: { code: string; requestId: string } }[] };
    expect(body.errors.map((e) => e.extensions)).toEqual([{ code: "UNAUTHENTICATED", requestId: id }]);
  });

  it("is made at the gateway when the client sends none or an unusable one, and returned on every response", async () => {
    for (const given of [undefined, "has spaces and ünïcödé", "x".repeat(200)]) {
      const response = await fetch(stack.gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", ...(given ? { "x-request-id": given } : {}) },
        body: "{ not json",
      });
      const id = response.headers.get("x-request-id");
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { extensions: { requestId: string } }[] };
      expect(body.errors[0].extensions.requestId).toBe(id);
    }
    const health = await fetch(stack.gatewayUrl.replace(/\/graphql$/, "/health"));
    expect(health.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("CORS over HTTP", () => {
  const origin = "http://frontend.localhost:5173";
  const preflight = (url: string, from: string) =>
    fetch(url, {
      method: "OPTIONS",
      headers: {
        origin: from,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type,authorization",
      },
    });

  it("answers preflights, and lets only the configured origins read responses, without credentials", async () => {
    const allowing = await startTestStack({ CORS_ORIGINS: `https://app.example.com,${origin.replace(/\d+$/, "*")}` });
    try {
      const answered = await preflight(allowing.gatewayUrl, origin);
      expect(answered.status).toBe(204);
      expect(answered.headers.get("access-control-allow-origin")).toBe(origin);
      expect(answered.headers.get("access-control-allow-headers")).toMatch(/authorization/);
      expect(answered.headers.get("access-control-allow-credentials")).toBeNull();

      const post = await fetch(allowing.gatewayUrl, {
        method: "POST",
        headers: { origin, "content-type": "application/json" },
        body: JSON.stringify({ query: "{ offerings { code } }" }),
      });
      expect(post.headers.get("access-control-allow-origin")).toBe(origin);
      expect(post.headers.get("access-control-expose-headers")).toMatch(/x-request-id/);

      const stranger = await preflight(allowing.gatewayUrl, "https://evil.example");
      expect(stranger.status).toBe(204);
      expect(stranger.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await allowing.stop();
    }
    const none = await preflight(stack.gatewayUrl, origin);
    expect(none.status).toBe(204);
    expect(none.headers.get("access-control-allow-origin")).toBeNull();
  });
});
