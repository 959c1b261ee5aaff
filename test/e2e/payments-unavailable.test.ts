import { PARTNER_DASHBOARD } from "@psg/stack";
import {
  createCustomer,
  createQualifiedPartner,
  createVoucher,
  dataOf,
  type QualifiedPartner,
  reserveVoucher,
  startTestStack,
  type TestStack,
} from "@psg/testing";

/** A stack of its own, because this test stops the payments subgraph on purpose. */
let stack: TestStack;
let partner: QualifiedPartner;
let voucherNumber: string;

beforeAll(async () => {
  stack = await startTestStack();
  partner = await createQualifiedPartner(stack);
  const voucher = await createVoucher(stack, await createCustomer(stack));
  await reserveVoucher(stack, partner, voucher);
  voucherNumber = voucher.number;
});
afterAll(() => stack.stop());

interface Dashboard {
  partner: {
    legalName: string;
    enrollments: { offering: { code: string }; status: string }[];
    vouchers: { edges: { node: { number: string; customer: { name: string } | null; engagement: { status: string } } }[] };
    paymentRequests: unknown;
  } | null;
}

const dashboard = () =>
  stack.request<Dashboard>(PARTNER_DASHBOARD, { key: partner.keys.globalAdmin, variables: { id: partner.partnerId } });

it("PartnerDashboard with payments down: everything else filled in, paymentRequests null, SERVICE_UNAVAILABLE at its path", async () => {
  const before = dataOf(await dashboard());
  expect(before.partner?.paymentRequests).toEqual({ edges: [] });

  await stack.services.payments.close();
  const response = await dashboard();

  expect(response.data?.partner).toEqual({
    ...before.partner,
    paymentRequests: null,
  });
  expect(response.data?.partner?.enrollments.map((e) => e.offering.code)).toEqual(["DDPS"]);
  expect(response.data?.partner?.vouchers.edges.map((e) => e.node.number)).toEqual([voucherNumber]);
  expect(response.data?.partner?.vouchers.edges[0].node.customer?.name).toBeTruthy();
  expect(response.errors).toEqual([
    {
      message: "The payments part of the graph is unavailable; try again.",
      path: ["partner", "paymentRequests"],
      extensions: { code: "SERVICE_UNAVAILABLE" },
    },
  ]);

  // a field payments adds to each voucher: null per voucher, an error at each one's path
  const statuses = await stack.request<{ partner: { vouchers: { edges: { node: { number: string; paymentStatus: null } }[] } } }>(
    `query ($id: ID!) { partner(id: $id) { vouchers(first: 5) { edges { node { number paymentStatus } } } } }`,
    { key: partner.keys.globalAdmin, variables: { id: partner.partnerId } },
  );
  expect(statuses.data?.partner.vouchers.edges).toEqual([{ node: { number: voucherNumber, paymentStatus: null } }]);
  expect(statuses.errors?.map((e) => [(e as { path?: unknown }).path, e.extensions?.code])).toEqual([
    [["partner", "vouchers", "edges", 0, "node", "paymentStatus"], "SERVICE_UNAVAILABLE"],
  ]);
});
