import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { startGateway } from "@psg/gateway";
import { createLogger, graphqlRequest, loadConfig, type RunningServer } from "@psg/shared";
import { codesOf, dataOf, startTestStack, type TestStack } from "@psg/testing";

/**
 * Our gateway in front of the real subgraphs, with a counting HTTP hop before the partners
 * subgraph that holds every request a while, so that concurrent requests overlap in flight.
 */
let stack: TestStack;
let gateway: RunningServer;
let hop: Server;
let holdMs = 200;
const seen: { authorization?: string; body: string }[] = [];
const holding = new Set<NodeJS.Timeout>();

const TIMEOUT_MS = 3_000; // generous: the first request of a cold stack on a busy machine must not time out

beforeAll(async () => {
  stack = await startTestStack();
  hop = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      seen.push({ authorization: req.headers.authorization, body });
      const timer = setTimeout(async () => {
        holding.delete(timer);
        try {
          const forwarded = await fetch(stack.subgraphUrls.partners, {
            method: "POST",
            headers: Object.fromEntries(
              Object.entries(req.headers).flatMap(([k, v]) =>
                typeof v === "string" && !["host", "content-length", "connection"].includes(k) ? [[k, v]] : [],
              ),
            ),
            body,
          });
          res.writeHead(forwarded.status, { "content-type": forwarded.headers.get("content-type") ?? "application/json" });
          res.end(await forwarded.text());
        } catch {
          res.destroy();
        }
      }, holdMs);
      holding.add(timer);
    });
  });
  await new Promise<void>((resolve) => hop.listen(0, "127.0.0.1", resolve));
  const config = loadConfig("gateway", {
    HOST: "127.0.0.1",
    PORT: "0",
    INTERNAL_SECRET: stack.internalSecret,
    RATE_LIMIT_PER_MINUTE: "0",
    SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS),
    PARTNERS_URL: `http://127.0.0.1:${(hop.address() as AddressInfo).port}/graphql`,
    VOUCHERS_URL: stack.subgraphUrls.vouchers,
    PAYMENTS_URL: stack.subgraphUrls.payments,
  });
  gateway = await startGateway(config, createLogger("gateway", "silent"));
});
afterAll(async () => {
  await gateway?.close();
  for (const timer of holding) clearTimeout(timer);
  hop?.closeAllConnections();
  await new Promise((resolve) => hop?.close(resolve));
  await stack?.stop();
});
beforeEach(() => {
  seen.length = 0;
  holdMs = 200;
});

const VIEWER = "{ viewer { organizationKind roles } }";
const send = <T = Record<string, unknown>>(query: string, key: string, variables: Record<string, unknown> = {}) =>
  graphqlRequest<T>(gateway.url, query, variables, { authorization: `Bearer ${key}` });

const CREATE_KEY = `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }`;

async function partnerKey(): Promise<string> {
  const { createPartner } = dataOf(
    await stack.request<{ createPartner: { id: string } }>(
      "mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id } }",
      {
        key: stack.operatorKey,
        variables: {
          input: {
            mpnId: `${Date.now() % 1e9}77`,
            legalName: "Dedupe Partner",
            membershipStart: "2025-01-01",
            membershipEnd: "2035-01-01",
          },
        },
      },
    ),
  );
  const created = dataOf(
    await stack.request<{ createApiKey: { secret: string } }>(CREATE_KEY, {
      key: stack.operatorKey,
      variables: {
        input: { name: "dedupe", organizationKind: "PARTNER", organizationId: createPartner.id, roles: ["PARTNER_ADMIN"] },
      },
    }),
  );
  return created.createApiKey.secret;
}

it("two identical concurrent queries make one subgraph fetch, and both get the answer", async () => {
  const [a, b] = await Promise.all([send(VIEWER, stack.operatorKey), send(VIEWER, stack.operatorKey)]);
  expect(seen).toHaveLength(1);
  expect(dataOf(a)).toEqual({ viewer: { organizationKind: "OPERATOR", roles: ["OPERATOR"] } });
  expect(dataOf(b)).toEqual(dataOf(a));
});

it("the same query with a different Authorization makes its own fetch and gets its own answer", async () => {
  const other = await partnerKey();
  seen.length = 0;
  const [a, b] = await Promise.all([send(VIEWER, stack.operatorKey), send(VIEWER, other)]);
  expect(seen.map((s) => s.authorization).sort()).toEqual([`Bearer ${stack.operatorKey}`, `Bearer ${other}`].sort());
  expect(dataOf(a).viewer).toEqual({ organizationKind: "OPERATOR", roles: ["OPERATOR"] });
  expect(dataOf(b).viewer).toEqual({ organizationKind: "PARTNER", roles: ["PARTNER_ADMIN"] });
});

it("the same query at a different sandbox time makes its own fetch", async () => {
  const at = (time: string) =>
    graphqlRequest(gateway.url, VIEWER, {}, { authorization: `Bearer ${stack.operatorKey}`, "x-sandbox-time": time });
  await Promise.all([at("2030-01-01T00:00:00.000Z"), at("2030-01-02T00:00:00.000Z")]);
  expect(seen).toHaveLength(2);
});

it("identical concurrent mutations are never merged: each one writes", async () => {
  const variables = { input: { name: "twin", organizationKind: "OPERATOR", roles: ["OPERATOR"] } };
  type Created = { createApiKey: { secret: string; apiKey: { id: string } } };
  const [a, b] = await Promise.all([
    send<Created>(CREATE_KEY, stack.operatorKey, variables),
    send<Created>(CREATE_KEY, stack.operatorKey, variables),
  ]);
  expect(seen).toHaveLength(2);
  const [first, second] = [dataOf(a), dataOf(b)];
  expect(first.createApiKey.apiKey.id).not.toBe(second.createApiKey.apiKey.id);
  expect(first.createApiKey.secret).not.toBe(second.createApiKey.secret);
});

it("a subgraph slower than SUBGRAPH_TIMEOUT_MS yields SERVICE_UNAVAILABLE to every caller waiting on it", async () => {
  holdMs = TIMEOUT_MS + 2_000;
  const started = Date.now();
  const [a, b] = await Promise.all([send(VIEWER, stack.operatorKey), send(VIEWER, stack.operatorKey)]);
  expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 1_500);
  expect(seen).toHaveLength(1);
  expect(codesOf(a)).toEqual(["SERVICE_UNAVAILABLE"]);
  expect(codesOf(b)).toEqual(["SERVICE_UNAVAILABLE"]);
  expect(JSON.stringify([a, b])).not.toMatch(/127\.0\.0\.1|localhost|http:\/\//);

  // the gateway recovers once the subgraph answers in time again
  holdMs = 0;
  expect(dataOf(await send(VIEWER, stack.operatorKey)).viewer).toEqual({ organizationKind: "OPERATOR", roles: ["OPERATOR"] });
});
