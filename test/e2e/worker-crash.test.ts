import type { ChildProcess } from "node:child_process";
import { recordEvent } from "@psg/shared";
import { startWebhookReceiver, type WebhookReceiver } from "@psg/stack";
import { killWorker, spawnWorker, startTestStack, subscribe, type TestStack, waitUntil } from "@psg/testing";

let stack: TestStack;
let receiver: WebhookReceiver;
const workers: ChildProcess[] = [];

const BURST = 200;
const WORKER_ENV = { WORKER_CONCURRENCY: "4", WEBHOOK_TIMEOUT_MS: "1000", WORKER_RESCUE_AFTER_MS: "1000", RELAY_POLL_MS: "50" };

const worker = (): ChildProcess => {
  const child = spawnWorker(stack, WORKER_ENV);
  workers.push(child);
  return child;
};

/** 200 events written to an outbox, as a subgraph's transitions write them. */
async function burst(name: string): Promise<void> {
  const db = stack.services.payments.db;
  if (!db) throw new Error("payments has no database");
  await db.transaction(async (manager) => {
    for (let n = 0; n < BURST; n += 1) {
      await recordEvent(
        manager,
        { type: "load.burst", subjectType: "load", subjectId: `${name}-${n}`, audiences: [], data: { burst: name, n } },
        new Date(),
      );
    }
  });
}

const messagesOf = (name: string) => receiver.received.filter((m) => m.payload.data.burst === name);
const idsOf = (name: string) => new Set(messagesOf(name).map((m) => m.webhookId));

beforeAll(async () => {
  stack = await startTestStack({}, { freshDatabase: true });
  receiver = await startWebhookReceiver();
  receiver.answer = async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    return 204;
  };
  await subscribe(stack, stack.operatorKey, receiver, ["load.burst"]);
});
afterAll(async () => {
  for (const child of workers) await killWorker(child);
  await stack.stop();
  await receiver.close();
});

describe("workers", () => {
  it("deliver every event of a burst after the worker is killed (SIGKILL) mid-burst and a new one starts", async () => {
    const first = worker();
    await burst("a");
    await waitUntil("the first deliveries", () => messagesOf("a").length >= 30, 60_000);
    await killWorker(first);
    const delivered = idsOf("a").size;
    expect(delivered).toBeLessThan(BURST);

    worker();
    await waitUntil(`all ${BURST} events`, () => idsOf("a").size === BURST, 60_000);
    for (const message of messagesOf("a")) expect(message.verified).toBe(true);
  });

  it("two workers side by side deliver every event once, never the same one twice at the same moment", async () => {
    worker();
    await burst("b");
    await waitUntil(`all ${BURST} events`, () => idsOf("b").size === BURST, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const messages = messagesOf("b");
    const byId = new Map<string, typeof messages>();
    for (const m of messages) byId.set(m.webhookId, [...(byId.get(m.webhookId) ?? []), m]);
    for (const same of byId.values()) {
      same.sort((x, y) => x.receivedAt - y.receivedAt);
      for (let i = 1; i < same.length; i += 1)
        expect(same[i].receivedAt).toBeGreaterThanOrEqual(same[i - 1].answeredAt ?? Infinity);
    }
    expect(messages).toHaveLength(BURST);
  });
});
