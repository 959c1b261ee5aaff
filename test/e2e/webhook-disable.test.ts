import { startWebhookReceiver, type WebhookReceiver } from "@psg/stack";
import { dataOf, pullEvents, startTestStack, subscribe, type TestStack, waitUntil } from "@psg/testing";

let stack: TestStack;
let failing: WebhookReceiver;
let watcher: WebhookReceiver;

beforeAll(async () => {
  // the whole three-day schedule, shrunk: retries from 50 ms, at most 200 ms apart (the queue looks for due retries every second), for 2.5 s
  stack = await startTestStack(
    { WEBHOOK_RETRY_BASE_MS: "50", WEBHOOK_RETRY_MAX_MS: "200", WEBHOOK_RETRY_WINDOW_MS: "2500", RELAY_POLL_MS: "50" },
    { freshDatabase: true },
  );
  await stack.startWorker();
  [failing, watcher] = [await startWebhookReceiver(), await startWebhookReceiver()];
  failing.answer = () => 500;
});
afterAll(async () => {
  await stack.stop();
  await failing.close();
  await watcher.close();
});

interface Endpoint {
  id: string;
  enabled: boolean;
  disabledAt: string | null;
  deliveries: { edges: { node: { status: string; attempts: { statusCode: number | null }[] } }[] };
}

const endpoints = async (): Promise<Endpoint[]> =>
  dataOf(
    await stack.request<{ webhookEndpoints: Endpoint[] }>(
      "{ webhookEndpoints { id enabled disabledAt deliveries(first: 10) { edges { node { status attempts { statusCode } } } } } }",
      { key: stack.operatorKey },
    ),
  ).webhookEndpoints;

describe("an endpoint that fails for the whole retry window", () => {
  it("is disabled, its delivery given up, and a webhook_endpoint.disabled event says so", async () => {
    const { endpointId } = await subscribe(stack, stack.operatorKey, failing, ["webhook_endpoint.test"]);
    await subscribe(stack, stack.operatorKey, watcher, ["webhook_endpoint.disabled"]);
    dataOf(
      await stack.request("mutation ($id: ID!) { sendTestEvent(endpointId: $id) { id } }", {
        key: stack.operatorKey,
        variables: { id: endpointId },
      }),
    );

    await waitUntil(
      "the endpoint to be disabled",
      async () => (await endpoints()).find((e) => e.id === endpointId)?.enabled === false,
      45_000, // the 2.5 s window plus the queue's one-second scans, on a machine that may be busy with other suites
    );
    const endpoint = (await endpoints()).find((e) => e.id === endpointId) as Endpoint;
    expect(endpoint.disabledAt).not.toBeNull();
    const [delivery] = endpoint.deliveries.edges.map((e) => e.node);
    expect(delivery.status).toBe("FAILED");
    expect(delivery.attempts.length).toBeGreaterThanOrEqual(3);
    expect(delivery.attempts.every((a) => a.statusCode === 500)).toBe(true);
    expect(failing.received).toHaveLength(delivery.attempts.length);

    await waitUntil("the disabled event at the watcher", () =>
      watcher.received.some((m) => m.payload.type === "webhook_endpoint.disabled"),
    );
    const disabled = watcher.received.find((m) => m.payload.type === "webhook_endpoint.disabled");
    expect(disabled).toMatchObject({
      verified: true,
      payload: { subjectType: "webhook_endpoint", subjectId: endpointId, data: { id: endpointId } },
    });
    const pulled = await pullEvents(stack, stack.operatorKey, { types: ["webhook_endpoint.disabled"] });
    expect(pulled.edges.map((e) => e.node.subjectId)).toEqual([endpointId]);

    // nothing more is sent to it; re-enabling it starts afresh
    const attemptsSoFar = failing.received.length;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(failing.received).toHaveLength(attemptsSoFar);
    const { updateWebhookEndpoint } = dataOf(
      await stack.request<{ updateWebhookEndpoint: { enabled: boolean; disabledAt: string | null } }>(
        "mutation ($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { enabled disabledAt } }",
        { key: stack.operatorKey, variables: { input: { id: endpointId, enabled: true } } },
      ),
    );
    expect(updateWebhookEndpoint).toEqual({ enabled: true, disabledAt: null });
  });
});
