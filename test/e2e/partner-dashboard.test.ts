import { PARTNER_DASHBOARD } from "@psg/stack";
import {
  dataOf,
  partnerWithRequests,
  type QualifiedPartner,
  requestStatements,
  startTestStack,
  type TestStack,
} from "@psg/testing";

let stack: TestStack;
const T0 = "2030-05-04T09:00:00.000Z";

interface Dashboard {
  partner: {
    legalName: string;
    vouchers: { edges: { node: { number: string; customer: { name: string } | null; engagement: { status: string } } }[] };
    paymentRequests: {
      edges: { node: { referenceNumber: string; status: string; total: { amount: string; currency: string } } }[];
    };
  };
}

/** A French partner with `n` reserved vouchers and `n` payment requests (one redeemed voucher each). */
const partnerWith = async (n: number): Promise<QualifiedPartner> => (await partnerWithRequests(stack, n, T0)).partner;

const PAYMENT_STATUSES = `query ($id: ID!) { partner(id: $id) {
  vouchers(first: 50, status: REDEEMED) { edges { node { paymentStatus paymentRequest { referenceNumber lines { days } } } } }
} }`;

/** SQL statements one query costs, with the key caches already warm. */
async function statementsFor<T = Dashboard>(
  partner: QualifiedPartner,
  query = PARTNER_DASHBOARD,
): Promise<{ count: number; data: T }> {
  const ask = () => stack.request<T>(query, { key: partner.keys.globalAdmin, variables: { id: partner.partnerId }, at: T0 });
  dataOf(await ask());
  const before = requestStatements.count;
  const data = dataOf(await ask());
  return { count: requestStatements.count - before, data };
}

beforeAll(async () => {
  stack = await startTestStack();
  dataOf(
    await stack.request("mutation ($input: SetRateInput!) { setRate(input: $input) { country } }", {
      key: stack.operatorKey,
      variables: { input: { country: "FR", currency: "EUR", dailyRateMinor: "105000", validFrom: "2020-01-01" } },
    }),
  );
});
afterAll(() => stack.stop());

it("the PartnerDashboard query, and vouchers' payment status, cost as many SQL statements for 50 vouchers and requests as for 1", async () => {
  const small = await partnerWith(1);
  const large = await partnerWith(50);

  const one = await statementsFor(small);
  const fifty = await statementsFor(large);

  expect(one.data.partner.vouchers.edges).toHaveLength(1);
  expect(one.data.partner.paymentRequests.edges).toHaveLength(1);
  expect(fifty.data.partner.vouchers.edges).toHaveLength(50);
  expect(fifty.data.partner.paymentRequests.edges).toHaveLength(20);
  expect(fifty.data.partner.paymentRequests.edges[0].node).toEqual({
    referenceNumber: expect.stringMatching(/^PR-203005-/),
    status: "DRAFT",
    total: { amount: "1050.00", currency: "EUR" },
  });
  expect(fifty.data.partner.vouchers.edges.every((e) => e.node.customer?.name && e.node.engagement.status === "SCHEDULED")).toBe(
    true,
  );
  expect(one.count).toBeGreaterThan(0);
  expect(fifty.count).toBe(one.count);

  type Statuses = { partner: { vouchers: { edges: { node: { paymentStatus: string; paymentRequest: unknown } }[] } } };
  const statusesOfOne = await statementsFor<Statuses>(small, PAYMENT_STATUSES);
  const statusesOfFifty = await statementsFor<Statuses>(large, PAYMENT_STATUSES);
  expect(statusesOfFifty.data.partner.vouchers.edges).toHaveLength(50);
  for (const { node } of statusesOfFifty.data.partner.vouchers.edges) {
    expect(node).toEqual({
      paymentStatus: "CLAIMED",
      paymentRequest: { referenceNumber: expect.stringMatching(/^PR-/), lines: [{ days: 1 }] },
    });
  }
  expect(statusesOfFifty.count).toBe(statusesOfOne.count);
}, 240_000);
