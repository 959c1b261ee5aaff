import { startWebhookReceiver, type WebhookReceiver } from "@psg/stack";
import {
  codesOf,
  createCustomer,
  createQualifiedPartner,
  createVoucher,
  dataOf,
  deliverEngagement,
  pullEvents,
  type QualifiedPartner,
  redeemVoucher,
  reserveVoucher,
  startTestStack,
  subscribe,
  type TestStack,
  waitUntil,
} from "@psg/testing";

let stack: TestStack;
let partner: QualifiedPartner;
let stranger: QualifiedPartner;
const receivers: WebhookReceiver[] = [];

const T0 = "2031-04-01T09:00:00.000Z";

const receiver = async (): Promise<WebhookReceiver> => {
  const r = await startWebhookReceiver();
  receivers.push(r);
  return r;
};

const run = async <T>(key: string, query: string, variables: Record<string, unknown> = {}): Promise<T> =>
  dataOf(await stack.request<T>(query, { key, variables, at: T0 }));

/** A redeemed voucher claimed in a request that is submitted, approved and paid: three events of the partner. */
async function paidRequest(p: QualifiedPartner): Promise<string> {
  const { voucherId } = await redeemVoucher(stack, p, { at: T0 });
  const { createPaymentRequest } = await run<{ createPaymentRequest: { id: string } }>(
    p.keys.billingAdmin,
    "mutation ($input: CreatePaymentRequestInput!) { createPaymentRequest(input: $input) { id } }",
    { input: { partnerId: p.partnerId, locationId: p.locationId, voucherIds: [voucherId] } },
  );
  const id = createPaymentRequest.id;
  await run(p.keys.billingAdmin, "mutation ($id: ID!) { submitPaymentRequest(id: $id) { status } }", { id });
  await run(stack.operatorKey, "mutation ($id: ID!) { approvePaymentRequest(id: $id) { status } }", { id });
  await run(
    stack.operatorKey,
    "mutation ($input: MarkPaymentRequestPaidInput!) { markPaymentRequestPaid(input: $input) { status } }",
    {
      input: { id, paymentReference: "SEPA-1" },
    },
  );
  return id;
}

async function readyForPayment(p: QualifiedPartner): Promise<void> {
  await redeemVoucher(stack, p, { at: T0 });
  await run(p.keys.billingAdmin, "mutation ($input: AddBankAccountInput!) { addBankAccount(input: $input) { id } }", {
    input: {
      partnerId: p.partnerId,
      locationId: p.locationId,
      holderName: "Partner GmbH",
      accountNumber: "DE89370400440532013000",
      currency: "EUR",
    },
  });
  await run(p.keys.globalAdmin, "mutation ($input: RegisterPaymentToolInput!) { registerPaymentTool(input: $input) { id } }", {
    input: { partnerId: p.partnerId, offeringCode: "DDPS" },
  });
}

interface ListedDelivery {
  eventId: string;
  status: string;
  attempts: { succeeded: boolean; statusCode: number | null; error: string | null }[];
}

/** The deliveries of one of the partner's endpoints, with every attempt. */
async function deliveriesOf(endpointId: string): Promise<ListedDelivery[]> {
  const { webhookEndpoints } = await run<{
    webhookEndpoints: { id: string; deliveries: { edges: { node: ListedDelivery }[] } }[];
  }>(
    partner.keys.partnerAdmin,
    "query { webhookEndpoints { id deliveries(first: 50) { edges { node { eventId status attempts { succeeded statusCode error } } } } } }",
  );
  return webhookEndpoints.find((e) => e.id === endpointId)?.deliveries.edges.map((e) => e.node) ?? [];
}

const PAID_WALK = ["payment_request.submitted", "payment_request.approved", "payment_request.paid"];

beforeAll(async () => {
  stack = await startTestStack(
    { WEBHOOK_RETRY_BASE_MS: "100", WEBHOOK_RETRY_MAX_MS: "400", WEBHOOK_TIMEOUT_MS: "1000", RELAY_POLL_MS: "50" },
    { freshDatabase: true },
  );
  await stack.startWorker();
  await run(stack.operatorKey, "mutation ($input: SetRateInput!) { setRate(input: $input) { country } }", {
    input: { country: "DE", currency: "EUR", dailyRateMinor: "110000", validFrom: "2020-01-01" },
  });
  [partner, stranger] = await Promise.all([createQualifiedPartner(stack, { at: T0 }), createQualifiedPartner(stack, { at: T0 })]);
  await Promise.all([readyForPayment(partner), readyForPayment(stranger)]);
});
afterAll(async () => {
  await stack.stop();
  for (const r of receivers) await r.close();
});

/** api.md's events of a voucher's walk from assignment to payment, in order. */
const WALK = [
  "voucher.assigned",
  "voucher.reserved",
  "engagement.started",
  "engagement.delivered",
  "completion_report.submitted",
  "voucher.redeemed",
  "payment_request.submitted",
  "payment_request.approved",
  "payment_request.paid",
];

describe("a voucher walked from assignment to payment", () => {
  it("sends every event of the walk, each verified with the endpoint's secret, to the organisations that may see it and to no other", async () => {
    const [customer, otherCustomer] = [await createCustomer(stack, { at: T0 }), await createCustomer(stack, { at: T0 })];
    const [partnerHook, customerHook, strangerHook, otherCustomerHook] = [
      await receiver(),
      await receiver(),
      await receiver(),
      await receiver(),
    ];
    await subscribe(stack, partner.keys.partnerAdmin, partnerHook);
    await subscribe(stack, customer.keys.benefitsAdmin, customerHook);
    await subscribe(stack, stranger.keys.globalAdmin, strangerHook);
    await subscribe(stack, otherCustomer.keys.benefitsAdmin, otherCustomerHook);

    const voucher = await createVoucher(stack, customer, { at: T0 });
    const { engagementId } = await reserveVoucher(stack, partner, voucher, { at: T0 });
    await deliverEngagement(stack, partner, engagementId, { at: T0 });
    await run(partner.keys.partnerAdmin, "mutation ($id: ID!) { redeemVoucher(voucherId: $id) { status } }", {
      id: voucher.voucherId,
    });
    const { createPaymentRequest } = await run<{ createPaymentRequest: { id: string } }>(
      partner.keys.billingAdmin,
      "mutation ($input: CreatePaymentRequestInput!) { createPaymentRequest(input: $input) { id } }",
      { input: { partnerId: partner.partnerId, locationId: partner.locationId, voucherIds: [voucher.voucherId] } },
    );
    const requestId = createPaymentRequest.id;
    await run(partner.keys.billingAdmin, "mutation ($id: ID!) { submitPaymentRequest(id: $id) { status } }", { id: requestId });
    await run(stack.operatorKey, "mutation ($id: ID!) { approvePaymentRequest(id: $id) { status } }", { id: requestId });
    await run(
      stack.operatorKey,
      "mutation ($input: MarkPaymentRequestPaidInput!) { markPaymentRequestPaid(input: $input) { status } }",
      {
        input: { id: requestId, paymentReference: "SEPA-WALK" },
      },
    );

    const subjects = new Set([voucher.voucherId, engagementId, requestId]);
    const walkOf = (r: WebhookReceiver) =>
      r.received.filter((m) => subjects.has(m.payload.subjectId) || subjects.has(String(m.payload.data.engagementId)));
    const expectedForPartner = WALK.filter((t) => t !== "voucher.assigned"); // it held nothing yet
    const expectedForCustomer = WALK.filter((t) => !t.startsWith("payment_request.")); // a partner's claim is its own
    await waitUntil("the walk at the partner's receiver", () => walkOf(partnerHook).length >= expectedForPartner.length);
    await waitUntil("the walk at the customer's receiver", () => walkOf(customerHook).length >= expectedForCustomer.length);

    // the order of the walk is the order of events(); deliveries may arrive in any order
    const pulled = (await pullEvents(stack, partner.keys.partnerAdmin, { first: 100 })).edges
      .map((e) => e.node)
      .filter((e) => subjects.has(e.subjectId));
    expect(pulled.map((e) => e.type)).toEqual(expectedForPartner);
    expect(
      walkOf(partnerHook)
        .map((m) => m.payload.type)
        .sort(),
    ).toEqual([...expectedForPartner].sort());
    expect(
      walkOf(customerHook)
        .map((m) => m.payload.type)
        .sort(),
    ).toEqual([...expectedForCustomer].sort());
    for (const message of [...walkOf(partnerHook), ...walkOf(customerHook)]) {
      expect(message.verified).toBe(true);
      expect(message.webhookId).toBe(message.payload.id);
    }
    // a partner's event data shows no voucher number or assignee it does not hold, a customer's no bank details
    for (const message of walkOf(customerHook)) expect(JSON.stringify(message.payload.data)).not.toMatch(/accountNumber|DE89/);

    // a little later, still nothing of the walk reached another partner or another customer
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(walkOf(strangerHook)).toEqual([]);
    expect(walkOf(otherCustomerHook)).toEqual([]);
  });
});

describe("webhook endpoints", () => {
  it("deliver a partner's events, each signed so the Standard Webhooks library verifies it, and nothing of another partner", async () => {
    const [mine, theirs] = [await receiver(), await receiver()];
    await subscribe(stack, partner.keys.partnerAdmin, mine);
    await subscribe(stack, stranger.keys.partnerAdmin, theirs);

    const requestId = await paidRequest(partner);
    const about = (r: WebhookReceiver) => r.received.filter((m) => m.payload.subjectId === requestId);
    await waitUntil("the three events of the request", () => about(mine).length >= 3);

    // delivered concurrently, so in any order; events() gives the order
    expect(
      about(mine)
        .map((m) => m.payload.type)
        .sort(),
    ).toEqual([...PAID_WALK].sort());
    for (const message of about(mine)) {
      expect(message.verified).toBe(true);
      expect(message.webhookId).toBe(message.payload.id);
      expect(message.payload).toMatchObject({ subjectType: "payment_request", data: { partnerId: partner.partnerId } });
    }
    // the stranger's own request arrives at its own receiver, never at ours, and ours never at theirs
    const theirRequest = await paidRequest(stranger);
    await waitUntil(
      "the stranger's events",
      () => about(theirs).length === 0 && theirs.received.some((m) => m.payload.subjectId === theirRequest),
    );
    expect(mine.received.some((m) => m.payload.subjectId === theirRequest)).toBe(false);
    expect(theirs.received.filter((m) => m.payload.data.partnerId === partner.partnerId)).toEqual([]);
  });

  it("are pulled with events(): the organisation's own, oldest first; operators see every organisation's", async () => {
    const requestId = await paidRequest(partner);
    await waitUntil(
      "the events to be relayed",
      async () => (await pullEvents(stack, partner.keys.partnerAdmin, { subjectId: requestId })).totalCount === 3,
    );
    const mine = await pullEvents(stack, partner.keys.billingAdmin, { subjectId: requestId });
    expect(mine.edges.map((e) => e.node.type)).toEqual(PAID_WALK);
    expect(mine.edges[0].node).toMatchObject({
      subjectType: "payment_request",
      subjectId: requestId,
      data: { status: "SUBMITTED" },
    });
    expect((await pullEvents(stack, stranger.keys.partnerAdmin, { subjectId: requestId })).totalCount).toBe(0);
    expect((await pullEvents(stack, stack.operatorKey, { subjectId: requestId })).totalCount).toBe(3);
    const approved = await pullEvents(stack, partner.keys.partnerAdmin, {
      types: ["payment_request.approved"],
      subjectId: requestId,
    });
    expect(approved.edges.map((e) => e.node.type)).toEqual(["payment_request.approved"]);
  });

  it("send a signed test message, list every attempt, and are managed only by the organisation's admins", async () => {
    const r = await receiver();
    const { endpointId } = await subscribe(stack, partner.keys.globalAdmin, r, ["payment_request.paid"]);
    const { sendTestEvent } = await run<{ sendTestEvent: { id: string; webhookId: string } }>(
      partner.keys.partnerAdmin,
      "mutation ($id: ID!) { sendTestEvent(endpointId: $id) { id webhookId } }",
      { id: endpointId },
    );
    await waitUntil("the test message", () => r.received.length === 1);
    expect(r.received[0]).toMatchObject({
      webhookId: sendTestEvent.webhookId,
      verified: true,
      payload: { type: "webhook_endpoint.test" },
    });

    const DELIVERIES = `query { webhookEndpoints { id eventTypes deliveries(first: 10) { totalCount edges { node {
      id webhookId eventType status attempts { attempt succeeded statusCode durationMs error } } } } } }`;
    await waitUntil("the attempt to be recorded", async () => {
      const { webhookEndpoints } = await run<{
        webhookEndpoints: { id: string; deliveries: { edges: { node: { status: string } }[] } }[];
      }>(partner.keys.partnerAdmin, DELIVERIES);
      return webhookEndpoints.find((e) => e.id === endpointId)?.deliveries.edges[0]?.node.status === "DELIVERED";
    });
    const { webhookEndpoints } = await run<{ webhookEndpoints: { id: string; eventTypes: string[]; deliveries: unknown }[] }>(
      partner.keys.partnerAdmin,
      DELIVERIES,
    );
    expect(webhookEndpoints.find((e) => e.id === endpointId)).toMatchObject({
      eventTypes: ["payment_request.paid"],
      deliveries: {
        totalCount: 1,
        edges: [
          {
            node: {
              eventType: "webhook_endpoint.test",
              status: "DELIVERED",
              attempts: [{ attempt: 1, succeeded: true, statusCode: 204, error: null }],
            },
          },
        ],
      },
    });

    // the stranger neither lists nor changes it; a billing admin manages no endpoints
    const strangers = await run<{ webhookEndpoints: { id: string }[] }>(
      stranger.keys.partnerAdmin,
      "{ webhookEndpoints { id } }",
    );
    expect(strangers.webhookEndpoints.map((e) => e.id)).not.toContain(endpointId);
    const DELETE = "mutation ($id: ID!) { deleteWebhookEndpoint(id: $id) { id } }";
    expect(codesOf(await stack.request(DELETE, { key: stranger.keys.partnerAdmin, variables: { id: endpointId } }))).toEqual([
      "NOT_FOUND",
    ]);
    expect(codesOf(await stack.request(DELETE, { key: partner.keys.billingAdmin, variables: { id: endpointId } }))).toEqual([
      "FORBIDDEN",
    ]);

    // a rotated secret signs from then on; the old one no longer verifies
    const { rotateWebhookSecret } = await run<{ rotateWebhookSecret: { signingSecret: string } }>(
      partner.keys.partnerAdmin,
      "mutation ($id: ID!) { rotateWebhookSecret(id: $id) { signingSecret } }",
      { id: endpointId },
    );
    await run(partner.keys.partnerAdmin, "mutation ($id: ID!) { sendTestEvent(endpointId: $id) { id } }", { id: endpointId });
    await waitUntil("the second test message", () => r.received.length === 2);
    expect(r.received[1].verified).toBe(false);
    r.secret = rotateWebhookSecret.signingSecret;
    await run(partner.keys.partnerAdmin, "mutation ($id: ID!) { sendTestEvent(endpointId: $id) { id } }", { id: endpointId });
    await waitUntil("the third test message", () => r.received.length === 3);
    expect(r.received[2].verified).toBe(true);

    expect(dataOf(await stack.request(DELETE, { key: partner.keys.partnerAdmin, variables: { id: endpointId } }))).toEqual({
      deleteWebhookEndpoint: { id: endpointId },
    });
    const after = await run<{ webhookEndpoints: { id: string }[] }>(partner.keys.partnerAdmin, "{ webhookEndpoints { id } }");
    expect(after.webhookEndpoints.map((e) => e.id)).not.toContain(endpointId);
  });

  it("refuse bad input with a clear code and write nothing", async () => {
    const CREATE = "mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { signingSecret } }";
    const attempt = (input: Record<string, unknown>) =>
      stack.request(CREATE, { key: partner.keys.partnerAdmin, variables: { input } });
    expect(codesOf(await attempt({ url: "not a url" }))).toEqual(["BAD_USER_INPUT"]);
    expect(codesOf(await attempt({ url: "ftp://example.com/hook" }))).toEqual(["WEBHOOK_URL_NOT_ALLOWED"]);
    expect(codesOf(await attempt({ url: "https://example.com/hook", eventTypes: ["Voucher Reserved"] }))).toEqual([
      "BAD_USER_INPUT",
    ]);
    const { webhookEndpoints } = await run<{ webhookEndpoints: { url: string }[] }>(
      partner.keys.partnerAdmin,
      "{ webhookEndpoints { url } }",
    );
    expect(webhookEndpoints.map((e) => e.url)).not.toContain("https://example.com/hook");
  });
});

describe("delivery when the receiver fails", () => {
  it("retries with backoff through errors and timeouts until the receiver recovers, and lists every attempt", async () => {
    const r = await receiver();
    let failures = 0;
    r.answer = () => {
      failures += 1;
      if (failures <= 4) return 500;
      if (failures <= 6) return "hang";
      return 204;
    };
    const { endpointId } = await subscribe(stack, partner.keys.partnerAdmin, r, PAID_WALK);
    const requestId = await paidRequest(partner);
    const ids = async () =>
      (await pullEvents(stack, partner.keys.partnerAdmin, { subjectId: requestId })).edges.map((e) => e.node.id);
    await waitUntil("the events to be relayed", async () => (await ids()).length === 3);
    const eventIds = await ids();
    const answered = () => new Set(r.received.filter((_m, i) => i >= 6).map((m) => m.webhookId));
    await waitUntil("every event after recovery", () => eventIds.every((id) => answered().has(id)), 30_000);
    for (const message of r.received) expect(message.verified).toBe(true);

    await waitUntil("the last attempts to be recorded", async () =>
      (await deliveriesOf(endpointId)).every((d) => d.status === "DELIVERED"),
    );
    const deliveries = await deliveriesOf(endpointId);
    const attempts = deliveries.flatMap((d) => d.attempts);
    expect(attempts.length).toBe(r.received.length);
    expect(attempts.filter((a) => a.statusCode === 500)).toHaveLength(4);
    expect(attempts.filter((a) => a.error?.startsWith("timed out"))).toHaveLength(2);
    expect(attempts.filter((a) => a.succeeded)).toHaveLength(3);
    expect(deliveries.map((d) => d.eventId).sort()).toEqual([...eventIds].sort());
  });
});
