import { randomBytes } from "node:crypto";
import { graphqlData } from "@psg/shared";
import { startWebhookReceiver } from "../webhook-receiver";
import { percentile } from "./run";

export interface WebhookResult {
  /** Transitions answered without an error (each pair: voucher.assigned, then voucher.cancelled). */
  transitions: number;
  errors: number;
  seconds: number;
  transitionsPerSecond: number;
  /** Latency of the transition requests through the gateway, ms. */
  requestP50: number;
  requestP95: number;
  /** Webhooks received for them (a redelivery counted once). */
  delivered: number;
  /** From each event's occurredAt to its webhook's arrival at the receiver, ms. */
  lagP50: number;
  lagP95: number;
  lagMax: number;
}

const CREATE = "mutation ($input: CreateVoucherInput!) { createVoucher(input: $input) { id } }";
const CANCEL = "mutation ($id: ID!) { cancelVoucher(id: $id) { status } }";
const EVENT_TYPES = ["voucher.assigned", "voucher.cancelled"];

/** A customer of its own for the scenario (a pool the run never drains) and its BENEFITS_ADMIN key. */
async function benchCustomer(gatewayUrl: string, operatorKey: string): Promise<{ id: string; key: string }> {
  const suffix = randomBytes(4).toString("hex");
  const { createCustomer } = await graphqlData<{ createCustomer: { id: string } }>(
    gatewayUrl,
    operatorKey,
    "mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }",
    {
      input: {
        name: `Bench Customer ${suffix}`,
        country: "DE",
        agreementNumber: `EA-BENCH-${suffix}`,
        saCoverageEnd: "2099-12-31",
        planningDays: 10000,
      },
    },
  );
  const { createApiKey } = await graphqlData<{ createApiKey: { secret: string } }>(
    gatewayUrl,
    operatorKey,
    "mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }",
    { input: { name: "bench", organizationKind: "CUSTOMER", organizationId: createCustomer.id, roles: ["BENEFITS_ADMIN"] } },
  );
  await graphqlData(gatewayUrl, createApiKey.secret, "mutation ($id: ID!) { activateBenefit(customerId: $id) { status } }", {
    id: createCustomer.id,
  });
  return { id: createCustomer.id, key: createApiKey.secret };
}

/**
 * Voucher transitions at full rate through the gateway (create, then cancel, on `connections`
 * connections for `seconds`) by a customer whose endpoint on a loopback receiver is subscribed
 * to them, with the worker running (`startWorker`): the transition rate, and the delivery lag
 * from each event's occurredAt to its arrival (p50, p95), once every webhook has arrived.
 */
export async function runWebhookScenario(options: {
  gatewayUrl: string;
  operatorKey: string;
  startWorker: () => Promise<void>;
  connections: number;
  seconds: number;
}): Promise<WebhookResult> {
  const { gatewayUrl, connections, seconds } = options;
  const customer = await benchCustomer(gatewayUrl, options.operatorKey);
  const receiver = await startWebhookReceiver();
  let endpointId: string | undefined;
  try {
    const { createWebhookEndpoint } = await graphqlData<{
      createWebhookEndpoint: { endpoint: { id: string }; signingSecret: string };
    }>(
      gatewayUrl,
      customer.key,
      "mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } signingSecret } }",
      { input: { url: receiver.url, eventTypes: EVENT_TYPES, description: "bench" } },
    );
    endpointId = createWebhookEndpoint.endpoint.id;
    receiver.secret = createWebhookEndpoint.signingSecret;
    await options.startWorker();
    const input = {
      customerId: customer.id,
      offeringCode: "DDPS",
      serviceLevelDays: 1,
      assigneeName: "Bench",
      assigneeEmail: "bench@example.com",
    };
    const latencies: number[] = [];
    let transitions = 0;
    let errors = 0;
    const timed = async <T>(query: string, variables: Record<string, unknown>): Promise<T | undefined> => {
      const t0 = performance.now();
      try {
        const data = await graphqlData<T>(gatewayUrl, customer.key, query, variables);
        transitions += 1;
        return data;
      } catch {
        errors += 1;
        return undefined;
      } finally {
        latencies.push(performance.now() - t0);
      }
    };
    const started = performance.now();
    const until = started + seconds * 1000;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < until) {
          const made = await timed<{ createVoucher: { id: string } }>(CREATE, { input });
          if (made) await timed(CANCEL, { id: made.createVoucher.id });
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    const unique = () => new Map(receiver.received.map((m) => [m.webhookId, m]));
    const deadline = Date.now() + 120_000;
    while (unique().size < transitions && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const lags = [...unique().values()].map((m) => m.receivedAt - Date.parse(m.payload.timestamp)).sort((a, b) => a - b);
    const sorted = latencies.sort((a, b) => a - b);
    return {
      transitions,
      errors,
      seconds: elapsed,
      transitionsPerSecond: transitions / elapsed,
      requestP50: percentile(sorted, 50),
      requestP95: percentile(sorted, 95),
      delivered: lags.length,
      lagP50: percentile(lags, 50),
      lagP95: percentile(lags, 95),
      lagMax: lags.length ? lags[lags.length - 1] : Number.NaN,
    };
  } finally {
    // the data set is kept for later runs: nothing more goes to this receiver's address
    if (endpointId) {
      await graphqlData(gatewayUrl, customer.key, "mutation ($id: ID!) { deleteWebhookEndpoint(id: $id) { id } }", {
        id: endpointId,
      }).catch(() => undefined);
    }
    await receiver.close();
  }
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : "-");

/** The webhook scenario's line of the bench's output. */
export function formatWebhookResult(r: WebhookResult): string {
  return [
    "| scenario | transitions | errors | transitions/s | request p50 ms | request p95 ms | delivered | delivery lag p50 ms | lag p95 ms | lag max ms |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    `| voucher create + cancel via gateway, endpoint subscribed | ${r.transitions} | ${r.errors} | ${r.transitionsPerSecond.toFixed(0)} | ${ms(r.requestP50)} | ${ms(r.requestP95)} | ${r.delivered} | ${ms(r.lagP50)} | ${ms(r.lagP95)} | ${ms(r.lagMax)} |`,
  ].join("\n");
}
