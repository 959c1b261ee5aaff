import { graphqlRequest } from "@psg/shared";
import { createCustomer, remainingDays, startTestStack, type TestCustomer, type TestStack } from "@psg/testing";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const CREATE = `mutation ($input: CreateVoucherInput!) { createVoucher(input: $input) { id number serviceLevelDays } }`;

const input = (customer: TestCustomer, days = 5) => ({
  input: {
    customerId: customer.customerId,
    offeringCode: "DDPS",
    serviceLevelDays: days,
    assigneeName: "Pat Manager",
    assigneeEmail: "pat@example.com",
  },
});

type Answer = {
  data?: { createVoucher: { id: string } } | null;
  errors?: { extensions?: { code?: string } }[];
  extensions?: { idempotentReplay?: boolean };
};

const create = (customer: TestCustomer, key: string, variables = input(customer)) =>
  graphqlRequest(stack.gatewayUrl, CREATE, variables, {
    authorization: `Bearer ${customer.keys.benefitsAdmin}`,
    "idempotency-key": key,
  }) as Promise<Answer>;

const vouchersOf = async (customer: TestCustomer): Promise<number> => {
  const rows = (await stack.services.vouchers.db?.query(
    `SELECT count(*)::int AS n FROM "vouchers"."vouchers" WHERE "customer_id" = $1`,
    [customer.customerId],
  )) as { n: number }[];
  return rows[0].n;
};

it("the same createVoucher twice with one key makes one voucher, takes the days once, and answers the same twice", async () => {
  const customer = await createCustomer(stack, { planningDays: 60 });
  const first = await create(customer, "retry-after-timeout-1");
  const second = await create(customer, "retry-after-timeout-1");
  expect(first.errors).toBeUndefined();
  expect(first.extensions?.idempotentReplay).toBeUndefined();
  expect(second.data).toEqual(first.data);
  expect(second.extensions?.idempotentReplay).toBe(true);
  expect(await vouchersOf(customer)).toBe(1);
  expect(await remainingDays(stack, customer)).toBe(55);
});

it("the same key with other variables is IDEMPOTENCY_KEY_REUSED and writes nothing", async () => {
  const customer = await createCustomer(stack, { planningDays: 60 });
  expect((await create(customer, "reused-key")).errors).toBeUndefined();
  const other = await create(customer, "reused-key", input(customer, 3));
  expect(other.errors?.map((e) => e.extensions?.code)).toEqual(["IDEMPOTENCY_KEY_REUSED"]);
  expect(await vouchersOf(customer)).toBe(1);
  expect(await remainingDays(stack, customer)).toBe(55);
});

it("another organisation's same key is its own key", async () => {
  const [one, two] = [await createCustomer(stack), await createCustomer(stack)];
  const a = await create(one, "shared-spelling");
  const b = await create(two, "shared-spelling");
  expect(b.errors).toBeUndefined();
  expect(b.extensions?.idempotentReplay).toBeUndefined();
  expect(b.data?.createVoucher.id).not.toBe(a.data?.createVoucher.id);
});

it("32 identical keyed requests at once write exactly once", async () => {
  const customer = await createCustomer(stack, { planningDays: 60 });
  const answers = await Promise.all(Array.from({ length: 32 }, () => create(customer, "thirty-two-at-once")));
  const ids = new Set(answers.flatMap((a) => (a.data?.createVoucher ? [a.data.createVoucher.id] : [])));
  const codes = answers.flatMap((a) => a.errors?.map((e) => e.extensions?.code) ?? []);
  expect(ids.size).toBe(1);
  expect(new Set(codes)).toEqual(new Set(codes.length ? ["IDEMPOTENCY_KEY_IN_USE"] : []));
  expect(await vouchersOf(customer)).toBe(1);
  expect(await remainingDays(stack, customer)).toBe(55);
  // once the first has finished, a retry replays it
  const retry = await create(customer, "thirty-two-at-once");
  expect(retry.extensions?.idempotentReplay).toBe(true);
  expect(retry.data?.createVoucher.id).toBe([...ids][0]);
});

it("a key longer than 255 characters is BAD_USER_INPUT and writes nothing; without a key nothing changes", async () => {
  const customer = await createCustomer(stack, { planningDays: 60 });
  const tooLong = await create(customer, "k".repeat(256));
  expect(tooLong.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  expect(await vouchersOf(customer)).toBe(0);
  const plain = (v: ReturnType<typeof input>) =>
    graphqlRequest(stack.gatewayUrl, CREATE, v, { authorization: `Bearer ${customer.keys.benefitsAdmin}` }) as Promise<Answer>;
  await plain(input(customer));
  await plain(input(customer));
  expect(await vouchersOf(customer)).toBe(2);
});
