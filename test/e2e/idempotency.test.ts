import { createLogger, graphqlRequest, purgeIdempotencyKeys } from "@psg/shared";
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

it("every subgraph keeps keys: the same createWebhookEndpoint twice with one key makes one endpoint", async () => {
  const customer = await createCustomer(stack);
  const mutation = "mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }";
  const url = `https://hooks.example.com/${customer.customerId}`;
  const send = () =>
    graphqlRequest(
      stack.gatewayUrl,
      mutation,
      { input: { url } },
      { authorization: `Bearer ${customer.keys.benefitsAdmin}`, "idempotency-key": `endpoint-${customer.customerId}` },
    ) as Promise<{ data?: { createWebhookEndpoint: { endpoint: { id: string } } }; extensions?: { idempotentReplay?: boolean } }>;
  const first = await send();
  const second = await send();
  // the endpoint goes again: other files on this database list endpoints and run the delivery worker
  const remove = () =>
    graphqlRequest(
      stack.gatewayUrl,
      "mutation ($id: ID!) { deleteWebhookEndpoint(id: $id) { id } }",
      { id: first.data?.createWebhookEndpoint.endpoint.id },
      { authorization: `Bearer ${customer.keys.benefitsAdmin}` },
    );
  try {
    expect(first.data?.createWebhookEndpoint.endpoint.id).toBeDefined();
    expect(second.data).toEqual(first.data);
    expect(second.extensions?.idempotentReplay).toBe(true);
    const rows = (await stack.services.events.db?.query(
      `SELECT count(*)::int AS n FROM "events"."webhook_endpoints" WHERE "url" = $1`,
      [url],
    )) as { n: number }[];
    expect(rows[0].n).toBe(1);
  } finally {
    if (first.data) expect((await remove()).errors).toBeUndefined();
  }
});

it("outcomes older than 24 hours are purged, newer ones kept", async () => {
  const db = stack.services.vouchers.db;
  if (!db) throw new Error("the vouchers subgraph runs without a database");
  const insert = (key: string, age: string) =>
    db.query(
      `INSERT INTO "vouchers"."idempotency_keys" ("scope", "key", "request_hash", "response", "created_at")
       VALUES ('test:purge', $1, 'h', '{}'::jsonb, now() - $2::interval)`,
      [key, age],
    );
  await insert("old", "25 hours");
  await insert("young", "23 hours");
  const stop = purgeIdempotencyKeys(db, "vouchers", createLogger("vouchers", "silent"));
  try {
    const left = async () =>
      (
        (await db.query(`SELECT "key" FROM "vouchers"."idempotency_keys" WHERE "scope" = 'test:purge' ORDER BY "key"`)) as {
          key: string;
        }[]
      ).map((r) => r.key);
    const until = Date.now() + 10_000;
    while ((await left()).includes("old") && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(await left()).toEqual(["young"]);
  } finally {
    stop();
  }
});
