import type { RunningWorker } from "@psg/events";
import { startWebhookReceiver, type WebhookReceiver } from "@psg/stack";
import {
  codesOf,
  createCustomer,
  createQualifiedPartner,
  createVoucher,
  dataOf,
  pullEvents,
  type QualifiedPartner,
  redeemVoucher,
  startTestStack,
  subscribe,
  type TestCustomer,
  type TestStack,
  waitUntil,
} from "@psg/testing";

let stack: TestStack;
let receiver: WebhookReceiver;
let partner: QualifiedPartner;
let worker: RunningWorker;

const T0 = "2032-01-10T08:00:00.000Z";
const day = (days: number): string => new Date(Date.parse(T0) + days * 86_400_000).toISOString();

const SWEEP = "mutation { recordEnrollmentDeadlines recordVoucherDeadlines recordPaymentDeadlines }";
/** The scheduled job, run by an operator at a sandbox time (twice: the second records nothing). */
async function sweepAt(at: string): Promise<void> {
  dataOf(await stack.request(SWEEP, { key: stack.operatorKey, at }));
  const again = dataOf(await stack.request<Record<string, number>>(SWEEP, { key: stack.operatorKey, at }));
  expect(again).toEqual({ recordEnrollmentDeadlines: 0, recordVoucherDeadlines: 0, recordPaymentDeadlines: 0 });
}

const typesAbout = async (key: string, subjectId: string): Promise<string[]> => {
  await worker.relay();
  return (await pullEvents(stack, key, { subjectId })).edges.map((e) => e.node.type);
};

beforeAll(async () => {
  stack = await startTestStack({ RELAY_POLL_MS: "50" }, { freshDatabase: true });
  worker = await stack.startWorker();
  receiver = await startWebhookReceiver();
  partner = await createQualifiedPartner(stack, { at: T0 });
});
afterAll(async () => {
  await stack.stop();
  await receiver.close();
});

describe("time-driven events under sandbox time", () => {
  let customer: TestCustomer;
  it("past 150, 173 and 180 days of a voucher: voucher.expiring twice (30 and 7 days before), then voucher.expired once", async () => {
    customer = await createCustomer(stack, { at: T0 });
    await subscribe(stack, customer.keys.benefitsAdmin, receiver, ["voucher.expiring", "voucher.expired"]);
    const voucher = await createVoucher(stack, customer, { at: T0 });
    for (const at of [day(100), day(150), day(160), day(173), day(179), day(180), day(200)]) await sweepAt(at);

    const types = await typesAbout(customer.keys.benefitsAdmin, voucher.voucherId);
    expect(types.filter((t) => t !== "voucher.assigned")).toEqual(["voucher.expiring", "voucher.expiring", "voucher.expired"]);
    const expiring = (
      await pullEvents(stack, customer.keys.projectManager, { subjectId: voucher.voucherId, types: ["voucher.expiring"] })
    ).edges;
    expect(expiring.map((e) => e.node.data.daysBefore)).toEqual([30, 7]);
    expect(expiring[0].node).toMatchObject({
      subjectType: "voucher",
      data: { id: voucher.voucherId, expiresAt: voucher.expiresAt },
    });

    await waitUntil(
      "the three events at the customer's receiver",
      () => receiver.received.filter((m) => m.payload.subjectId === voucher.voucherId).length === 3,
    );
    const received = receiver.received.filter((m) => m.payload.subjectId === voucher.voucherId);
    expect(received.map((m) => m.payload.type).sort()).toEqual(["voucher.expired", "voucher.expiring", "voucher.expiring"]);
    expect(received.every((m) => m.verified)).toBe(true);
  });

  it("enrollment.expiring 30 days before an enrolment ends, once, to the partner only", async () => {
    const { partner: read } = dataOf(
      await stack.request<{ partner: { enrollments: { id: string; expiresAt: string }[] } }>(
        "query ($id: ID!) { partner(id: $id) { enrollments { id expiresAt } } }",
        { key: partner.keys.partnerAdmin, variables: { id: partner.partnerId }, at: T0 },
      ),
    );
    const [enrollment] = read.enrollments;
    const before = (days: number) => new Date(Date.parse(enrollment.expiresAt) - days * 86_400_000).toISOString();
    await sweepAt(before(31));
    expect(await typesAbout(partner.keys.partnerAdmin, enrollment.id)).not.toContain("enrollment.expiring");
    await sweepAt(before(29));
    await sweepAt(before(1));
    expect((await typesAbout(partner.keys.partnerAdmin, enrollment.id)).filter((t) => t === "enrollment.expiring")).toHaveLength(
      1,
    );
    const stranger = await createCustomer(stack, { at: T0 });
    expect(await typesAbout(stranger.keys.benefitsAdmin, enrollment.id)).toEqual([]);
  });

  it("payment_request.claim_deadline_approaching 7 days before an unclaimed voucher's 60-day deadline, and payment_request.overdue 30 days after approval", async () => {
    await stack.request("mutation ($input: SetRateInput!) { setRate(input: $input) { country } }", {
      key: stack.operatorKey,
      variables: { input: { country: "DE", currency: "EUR", dailyRateMinor: "110000", validFrom: "2020-01-01" } },
    });
    const unclaimed = await redeemVoucher(stack, partner, { at: T0 });
    const claimed = await redeemVoucher(stack, partner, { at: T0 });
    const run = async <T>(key: string, query: string, variables: Record<string, unknown>) =>
      dataOf(await stack.request<T>(query, { key, variables, at: day(1) }));
    await run(partner.keys.billingAdmin, "mutation ($input: AddBankAccountInput!) { addBankAccount(input: $input) { id } }", {
      input: {
        partnerId: partner.partnerId,
        locationId: partner.locationId,
        holderName: "P GmbH",
        accountNumber: "DE89370400440532013000",
        currency: "EUR",
      },
    });
    await run(
      partner.keys.globalAdmin,
      "mutation ($input: RegisterPaymentToolInput!) { registerPaymentTool(input: $input) { id } }",
      {
        input: { partnerId: partner.partnerId, offeringCode: "DDPS" },
      },
    );
    const { createPaymentRequest: request } = await run<{ createPaymentRequest: { id: string } }>(
      partner.keys.billingAdmin,
      "mutation ($input: CreatePaymentRequestInput!) { createPaymentRequest(input: $input) { id } }",
      { input: { partnerId: partner.partnerId, locationId: partner.locationId, voucherIds: [claimed.voucherId] } },
    );
    await run(partner.keys.billingAdmin, "mutation ($id: ID!) { submitPaymentRequest(id: $id) { status } }", { id: request.id });
    await run(stack.operatorKey, "mutation ($id: ID!) { approvePaymentRequest(id: $id) { status } }", { id: request.id });

    await sweepAt(day(29));
    expect(await typesAbout(partner.keys.partnerAdmin, request.id)).not.toContain("payment_request.overdue");
    await sweepAt(day(52));
    expect(await typesAbout(partner.keys.partnerAdmin, unclaimed.voucherId)).not.toContain(
      "payment_request.claim_deadline_approaching",
    );
    await sweepAt(day(54));
    await sweepAt(day(59));
    expect((await typesAbout(partner.keys.partnerAdmin, request.id)).filter((t) => t === "payment_request.overdue")).toHaveLength(
      1,
    );
    expect(
      (await typesAbout(partner.keys.partnerAdmin, unclaimed.voucherId)).filter(
        (t) => t === "payment_request.claim_deadline_approaching",
      ),
    ).toHaveLength(1);
    expect(await typesAbout(partner.keys.partnerAdmin, claimed.voucherId)).not.toContain(
      "payment_request.claim_deadline_approaching",
    );
    const [warning] = (
      await pullEvents(stack, partner.keys.partnerAdmin, {
        subjectId: unclaimed.voucherId,
        types: ["payment_request.claim_deadline_approaching"],
      })
    ).edges;
    expect(warning.node.data).toMatchObject({ voucherId: unclaimed.voucherId, partnerId: partner.partnerId, daysBefore: 7 });
  });

  it("is run only by the worker or operators, and only the worker names its own now", async () => {
    expect(codesOf(await stack.request(SWEEP, { key: partner.keys.globalAdmin }))).toContain("FORBIDDEN");
    const named = await stack.request('mutation { recordVoucherDeadlines(now: "2040-01-01T00:00:00Z") }', {
      key: stack.operatorKey,
    });
    expect(codesOf(named)).toEqual(["BAD_USER_INPUT"]);
  });
});
