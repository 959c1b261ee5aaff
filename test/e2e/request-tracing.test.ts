import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { graphqlRequest } from "@psg/shared";
import { type ProcessStack, startProcessStack, workerDatabaseUrl } from "@psg/testing";

/** Reads the operator, every subgraph, and fails in the partners subgraph. */
const TRACED = `query Traced($partner: ID!) {
  viewer { organizationKind }
  customers(first: 1) { totalCount }
  rateCards { country }
  webhookEndpoints { id }
  eligibility(partnerId: $partner, engagementTypeId: "7d0b1a52-0001-4000-8000-000000000001") { eligible }
}`;
const variables = { partner: "00000000-0000-4000-8000-000000000000" };

let collector: Server;
const spans: { service: string; name: string; traceId: string }[] = [];
let stack: ProcessStack;

/** A minimal OTLP/HTTP (JSON) trace collector. */
function startCollector(): Server {
  return createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => {
      raw += chunk;
    });
    req.on("end", () => {
      if (req.url === "/v1/traces") {
        const body = JSON.parse(raw) as {
          resourceSpans: {
            resource: { attributes: { key: string; value: { stringValue?: string } }[] };
            scopeSpans: { spans: { name: string; traceId: string }[] }[];
          }[];
        };
        for (const resource of body.resourceSpans) {
          const service = resource.resource.attributes.find((a) => a.key === "service.name")?.value.stringValue ?? "";
          for (const scope of resource.scopeSpans) for (const span of scope.spans) spans.push({ service, ...span });
        }
      }
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
}

beforeAll(async () => {
  collector = startCollector();
  await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
  stack = await startProcessStack(await workerDatabaseUrl(), {
    OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}`,
    OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
    OTEL_BSP_SCHEDULE_DELAY: "100",
    OTEL_METRICS_EXPORTER: "none",
    OTEL_LOGS_EXPORTER: "none",
  });
}, 240_000);

afterAll(async () => {
  await stack?.stop();
  await new Promise((resolve) => collector?.close(resolve));
});

describe("one request, four processes", () => {
  it("carries its id into the gateway's and every subgraph's log lines and into its error", async () => {
    const requestId = `trace-${randomBytes(8).toString("hex")}`;
    const body = await graphqlRequest(stack.gatewayUrl, TRACED, variables, {
      authorization: `Bearer ${stack.operatorKey}`,
      "x-request-id": requestId,
    });
    expect(body.errors?.map((e) => e.extensions)).toEqual([{ code: "NOT_FOUND", requestId }]);
    await new Promise((r) => setTimeout(r, 300)); // the access-log line is written when the response ends

    for (const [service, process] of Object.entries(stack.processes)) {
      const lines = process.logs().filter((line) => line.requestId === requestId);
      expect({ service, logged: lines.length > 0 }).toEqual({ service, logged: true });
      const access = lines.filter((line) => line.msg === "request");
      expect(access.length).toBeGreaterThan(0);
      expect(access[0]).toMatchObject({ status: 200, ms: expect.any(Number), organization: expect.any(String) });
      // no secret on any line
      expect(process.output()).not.toContain(stack.operatorKey);
      expect(process.output()).not.toContain("process-test-internal-secret");
    }
    const gatewayLine = stack.processes.gateway.logs().find((line) => line.requestId === requestId && line.msg === "request");
    expect(gatewayLine).toMatchObject({ operation: "Traced", organization: "OPERATOR:-", code: "NOT_FOUND", status: 200 });
    // every line still has its own timestamp
    for (const line of stack.processes.gateway.logs()) expect(typeof line.time).toBe("number");
  });
});

describe("OpenTelemetry, with OTEL_EXPORTER_OTLP_ENDPOINT set", () => {
  it("exports spans of the gateway, every subgraph, GraphQL and SQL in the client's trace", async () => {
    const traceId = randomBytes(16).toString("hex");
    const traceparent = `00-${traceId}-${randomBytes(8).toString("hex")}-01`;
    await graphqlRequest(stack.gatewayUrl, TRACED, variables, { authorization: `Bearer ${stack.operatorKey}`, traceparent });
    const expected = {
      "HTTP in the gateway": /^psg-gateway POST/,
      "GraphQL in the partners subgraph": /^psg-partners (query|graphql)/i,
      "SQL in the vouchers subgraph": /^psg-vouchers .*(pg\.query|SELECT)/,
      "SQL in the payments subgraph": /^psg-payments .*(pg\.query|SELECT)/,
    };
    const names = () => spans.filter((s) => s.traceId === traceId).map((s) => `${s.service} ${s.name}`);
    const missing = () =>
      Object.entries(expected).flatMap(([what, pattern]) => (names().some((n) => pattern.test(n)) ? [] : [what]));
    const deadline = Date.now() + 20_000;
    while (missing().length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect({ missing: missing(), names: names().length > 0 }).toEqual({ missing: [], names: true });
    const services = new Set(spans.filter((s) => s.traceId === traceId).map((s) => s.service));
    expect([...services].sort()).toEqual(["psg-gateway", "psg-partners", "psg-payments", "psg-vouchers"]);
  });
});
