import { graphqlData } from "@psg/shared";
import type { InProcessStack } from "../in-process";
import { startWebhookReceiver } from "../webhook-receiver";

export interface WebhookResult {
  transitions: number;
  errors: number;
  transitionsPerSecond: number;
  delivered: number;
  lagP50: number;
  lagP95: number;
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

const CREATE = `mutation ($input: CreateVoucherInput!) { createVoucher(input: $input) { id } }`;
const CANCEL = "mutation ($id: ID!) { cancelVoucher(id: $id) { status } }";

/** A customer of its own for the scenario, with a large pool and its BENEFITS_ADMIN key. */
async function benchCustomer(stack: InProcessStack): Promise<{ id: string; key: string }> {
  const as = <T>(key: string, query: string, variables: Record<string, unknown>) =>
    graphqlData<T>(stack.gatewayUrl, key, query, variables);
  const { createCustomer } = await as<{ createCustomer: { id: string } }>(
    stack.operatorKey,
    "mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }",
    {
      input: {
        name: "Bench Customer",
        country: "DE",
        agreementNumber: "EA-BENCH-1",
        saCoverageEnd: "2099-12-31",
        planningDays: 10000,
      },
    },
  );
  const { createApiKey } = await as<{ createApiKey: { secret: string } }>(
    stack.operatorKey,
    "mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }",
    { input: { name: "bench", organizationKind: "CUSTOMER", organizationId: createCustomer.id, roles: ["BENEFITS_ADMIN"] } },
  );
  await as(createApiKey.secret, "mutation ($id: ID!) { activateBenefit(customerId: $id) { status } }", { id: createCustomer.id });
  return { id: createCustomer.id, key: createApiKey.secret };
}

/**
 * Voucher transitions (create, then cancel) by a customer whose endpoint is subscribed to
 * their events, with a worker running: the transition rate, and the delivery lag from each
 * event's commit time to its arrival at a loopback receiver (p50, p95).
 */
export async function runWebhookScenario(stack: InProcessStack, pairs: number, concurrency: number): Promise<WebhookResult> {
  const customer = await benchCustomer(stack);
  const receiver = await startWebhookReceiver();
  const worker = await stack.startWorker({ RELAY_POLL_MS: "50" });
  try {
    const { createWebhookEndpoint } = await graphqlData<{ createWebhookEndpoint: { signingSecret: string } }>(
      stack.gatewayUrl,
      customer.key,
      "mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { signingSecret } }",
      { input: { url: receiver.url, eventTypes: ["voucher.assigned", "voucher.cancelled"], description: "bench" } },
    );
    receiver.secret = createWebhookEndpoint.signingSecret;
    const input = {
      customerId: customer.id,
      offeringCode: "DDPS",
      serviceLevelDays: 1,
      assigneeName: "Bench",
      assigneeEmail: "bench@example.com",
    };
    let next = 0;
    let errors = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < pairs) {
          next += 1;
          try {
            const { createVoucher } = await graphqlData<{ createVoucher: { id: string } }>(
              stack.gatewayUrl,
              customer.key,
              CREATE,
              { input },
            );
            await graphqlData(stack.gatewayUrl, customer.key, CANCEL, { id: createVoucher.id });
          } catch {
            errors += 1;
          }
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const expected = (pairs - errors) * 2;
    const deadline = Date.now() + 120_000;
    while (receiver.received.length < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const lags = receiver.received.map((m) => m.receivedAt - Date.parse(m.payload.timestamp)).sort((a, b) => a - b);
    return {
      transitions: pairs * 2,
      errors,
      transitionsPerSecond: (pairs * 2) / seconds,
      delivered: receiver.received.length,
      lagP50: percentile(lags, 50),
      lagP95: percentile(lags, 95),
    };
  } finally {
    await worker.close();
    await receiver.close();
  }
}

export function formatWebhookResult(r: WebhookResult): string {
  return [
    "| scenario | transitions | errors | transitions/s | delivered | delivery lag p50 ms | p95 ms |",
    "|---|---:|---:|---:|---:|---:|---:|",
    `| voucher create + cancel, endpoint subscribed | ${r.transitions} | ${r.errors} | ${r.transitionsPerSecond.toFixed(0)} | ${r.delivered} | ${r.lagP50.toFixed(0)} | ${r.lagP95.toFixed(0)} |`,
  ].join("\n");
}
