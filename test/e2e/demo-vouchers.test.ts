import { dataOf, startTestStack, type TestStack } from "@psg/testing";
import { seedPartners } from "../../stack/src/demo/partners";
import { seedPayments } from "../../stack/src/demo/payments";
import { DemoSeed } from "../../stack/src/demo/seed";
import { seedVouchers } from "../../stack/src/demo/vouchers";

let stack: TestStack;
beforeAll(async () => {
  // demo data has fixed names and MPN ids: it goes into an empty database, as under `npm start`
  stack = await startTestStack({}, { freshDatabase: true });
});
afterAll(() => stack.stop());

it("the demo data has Fabrikam's vouchers, and Contoso's payment requests, in every state", async () => {
  const seed = new DemoSeed(stack.gatewayUrl, stack.operatorKey);
  await seedPartners(seed);
  await seedVouchers(seed);
  const pm = seed.keys.find((k) => k.label === "Fabrikam Ltd PROJECT_MANAGER")?.secret;
  const { vouchers, customer } = dataOf(
    await stack.request<{
      vouchers: { edges: { node: { status: string } }[] };
      customer: { name: string; benefit: { remainingDays: number } };
    }>(
      `query ($id: ID!) { vouchers(first: 100) { edges { node { status } } } customer(id: $id) { name benefit { remainingDays } } }`,
      { key: pm, variables: { id: seed.ids.customerId } },
    ),
  );
  expect(new Set(vouchers.edges.map((e) => e.node.status))).toEqual(
    new Set(["ASSIGNED", "RESERVED", "REDEEMED", "EXPIRED", "CANCELLED"]),
  );
  expect(customer).toEqual({ name: "Fabrikam Ltd", benefit: { remainingDays: 100 - 5 - 5 - 4 * 3 } });

  await seedPayments(seed);
  const { paymentRequests } = dataOf(
    await stack.request<{ paymentRequests: { edges: { node: { status: string; lines: { voucher: { id: string } }[] } }[] } }>(
      "query ($id: ID!) { paymentRequests(first: 100, partnerId: $id) { edges { node { status lines { voucher { id } } } } } }",
      { key: stack.operatorKey, variables: { id: seed.ids.partnerId } },
    ),
  );
  const requests = paymentRequests.edges.map((e) => e.node);
  expect(requests.map((r) => r.status)).toEqual(["PAID", "APPROVED", "SUBMITTED", "DENIED", "DRAFT"]);
  // the corrected draft claims the voucher its denied predecessor released
  expect(requests[4].lines).toEqual(requests[3].lines);
});
