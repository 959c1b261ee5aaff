import {
  codesOf,
  createCustomer,
  createQualifiedPartner,
  createVoucher,
  dataOf,
  deliverEngagement,
  remainingDays,
  reserveVoucher,
  startTestStack,
  type TestCustomer,
  type TestStack,
} from "@psg/testing";
import { persistExpiries } from "@psg/vouchers";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const T0 = "2033-01-10T09:00:00.000Z";
const DAY_180 = "2033-07-09T08:59:59.000Z";
const DAY_181 = "2033-07-10T09:00:00.000Z";

const VOUCHER = `query ($id: ID!) { voucher(id: $id) { status } }`;
const VALIDATE = `mutation ($input: ValidateVoucherInput!) { validateVoucher(input: $input) { status } }`;

const statusAt = async (key: string, id: string, at: string) =>
  dataOf(await stack.request<{ voucher: { status: string } }>(VOUCHER, { key, variables: { id }, at })).voucher.status;
const poolAt = (customer: TestCustomer, at: string) => remainingDays(stack, customer, at);

describe("voucher expiry", () => {
  it("after 181 days an unused voucher is EXPIRED and its days are back in the pool, with no job having run", async () => {
    const partner = await createQualifiedPartner(stack, { at: T0 });
    const customer = await createCustomer(stack, { planningDays: 30, at: T0 });
    const assigned = await createVoucher(stack, customer, { serviceLevelDays: 10, at: T0 });
    const held = await createVoucher(stack, customer, { serviceLevelDays: 5, at: T0 });
    const { engagementId } = await reserveVoucher(stack, partner, held, { at: T0 });
    expect(await poolAt(customer, T0)).toBe(15);

    expect(await statusAt(customer.keys.projectManager, assigned.voucherId, DAY_180)).toBe("ASSIGNED");
    expect(await poolAt(customer, DAY_180)).toBe(15);

    expect(await statusAt(customer.keys.projectManager, assigned.voucherId, DAY_181)).toBe("EXPIRED");
    expect(await statusAt(partner.keys.partnerAdmin, held.voucherId, DAY_181)).toBe("EXPIRED");
    const expiredList = dataOf(
      await stack.request<{ vouchers: { totalCount: number } }>(`{ vouchers(status: EXPIRED) { totalCount } }`, {
        key: customer.keys.projectManager,
        at: DAY_181,
      }),
    );
    expect(expiredList.vouchers.totalCount).toBe(2);

    const pools = await Promise.all(Array.from({ length: 8 }, () => poolAt(customer, DAY_181)));
    expect(pools).toEqual(Array(8).fill(30));

    const validate = await stack.request(VALIDATE, {
      key: partner.keys.partnerAdmin,
      variables: { input: { number: assigned.number, assigneeEmail: assigned.assigneeEmail } },
      at: DAY_181,
    });
    expect(codesOf(validate)).toEqual(["VOUCHER_EXPIRED"]);
    const cancel = await stack.request(
      `mutation ($input: CancelReservationInput!) { cancelReservation(input: $input) { status } }`,
      { key: partner.keys.partnerAdmin, variables: { input: { voucherId: held.voucherId, reason: "late" } }, at: DAY_181 },
    );
    expect(codesOf(cancel)).toEqual(["VOUCHER_EXPIRED"]);
    const start = await stack.request(`mutation ($input: StartEngagementInput!) { startEngagement(input: $input) { status } }`, {
      key: partner.keys.partnerAdmin,
      variables: { input: { engagementId, consultantIds: [partner.consultantId], actualStart: "2033-07-10" } },
      at: DAY_181,
    });
    expect(codesOf(start)).toEqual(["VOUCHER_EXPIRED"]);
    const cancelVoucher = await stack.request(`mutation ($id: ID!) { cancelVoucher(id: $id) { status } }`, {
      key: customer.keys.benefitsAdmin,
      variables: { id: assigned.voucherId },
      at: DAY_181,
    });
    expect(codesOf(cancelVoucher)).toEqual(["VOUCHER_EXPIRED"]);

    expect(
      await persistExpiries(stack.services.vouchers.db as never, new Date(DAY_181), { customerIds: [customer.customerId] }),
    ).toBe(0);
    expect(await poolAt(customer, DAY_181)).toBe(30);
    const audit = (await stack.services.vouchers.db?.query(
      `SELECT count(*)::int AS n FROM "vouchers"."audit_log" WHERE "action" = 'voucher.expired' AND "entity_id" = ANY($1)`,
      [[assigned.voucherId, held.voucherId]],
    )) as { n: number }[];
    expect(audit[0].n).toBe(2);
  });

  it("a reported voucher cannot be redeemed once expired", async () => {
    const partner = await createQualifiedPartner(stack, { at: T0 });
    const customer = await createCustomer(stack, { at: T0 });
    const voucher = await createVoucher(stack, customer, { at: T0 });
    const { engagementId } = await reserveVoucher(stack, partner, voucher, { at: T0 });
    await deliverEngagement(stack, partner, engagementId, { at: T0 });
    const redeem = (at: string) =>
      stack.request(`mutation ($id: ID!) { redeemVoucher(voucherId: $id) { status } }`, {
        key: partner.keys.partnerAdmin,
        variables: { id: voucher.voucherId },
        at,
      });
    expect(codesOf(await redeem(DAY_181))).toEqual(["VOUCHER_EXPIRED"]);
    expect(await statusAt(customer.keys.projectManager, voucher.voucherId, DAY_181)).toBe("EXPIRED");
    expect(await poolAt(customer, DAY_181)).toBe(60);
  });

  it("loses the days when SA coverage ended before the voucher expired", async () => {
    const customer = await createCustomer(stack, { planningDays: 20, saCoverageEnd: "2033-03-31", at: T0 });
    const voucher = await createVoucher(stack, customer, { serviceLevelDays: 5, at: T0 });
    expect(await statusAt(customer.keys.benefitsAdmin, voucher.voucherId, DAY_181)).toBe("EXPIRED");
    expect(await poolAt(customer, DAY_181)).toBe(15);
  });

  it("a sweep records due expiries once, however often it runs", async () => {
    const customer = await createCustomer(stack, { planningDays: 10, at: T0 });
    await createVoucher(stack, customer, { serviceLevelDays: 3, at: T0 });
    const db = stack.services.vouchers.db as never;
    const counts = await Promise.all(
      Array.from({ length: 4 }, () => persistExpiries(db, new Date(DAY_181), { customerIds: [customer.customerId] })),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await poolAt(customer, DAY_181)).toBe(10);
  });
});
