import { codesOf, dataOf, startTestStack, type TestStack } from "@psg/testing";

/** A stack of its own, because these tests break it on purpose. */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ SANDBOX_TIME: "off" });
});
afterAll(() => stack.stop());

const LEAKS = [
  /postgres/i,
  /SELECT|INSERT|UPDATE/,
  /127\.0\.0\.1|localhost|http:\/\//,
  /\bat \S+ \(/,
  /QueryFailedError|TypeORM/i,
];

function expectNoLeak(body: unknown): void {
  const text = JSON.stringify(body);
  for (const pattern of LEAKS) expect(text).not.toMatch(pattern);
}

it("ignores x-sandbox-time when sandbox time is off", async () => {
  const before = Date.now();
  const body = dataOf(
    await stack.request<{ createApiKey: { apiKey: { createdAt: string } } }>(
      `mutation { createApiKey(input: { name: "real time", organizationKind: OPERATOR, roles: [OPERATOR] }) { apiKey { createdAt } } }`,
      { key: stack.operatorKey, at: "2031-02-03T04:05:06Z" },
    ),
  );
  expect(Date.parse(body.createApiKey.apiKey.createdAt)).toBeGreaterThanOrEqual(before - 1000);
  expect(Date.parse(body.createApiKey.apiKey.createdAt)).toBeLessThan(Date.now() + 1000);
});

it("a database failure reaches the client as a generic error without SQL or stack", async () => {
  await stack.services.payments.db?.destroy();
  const body = await stack.request("{ rateCards { country } }", { key: stack.operatorKey });
  expect(codesOf(body)).toEqual(["INTERNAL_SERVER_ERROR"]);
  expectNoLeak(body);
});

it("a subgraph that is down gives partial data and an error without its address", async () => {
  await stack.services.vouchers.close();
  const body = await stack.request<{ offerings: unknown[] }>(
    `{ offerings { code } customer(id: "00000000-0000-4000-8000-000000000000") { id } }`,
    { key: stack.operatorKey },
  );
  expect(body.data?.offerings?.length).toBeGreaterThan(0);
  expect(codesOf(body)).toEqual(["SERVICE_UNAVAILABLE"]);
  expectNoLeak(body);

  const ready = await fetch(new URL("/ready", stack.gatewayUrl));
  expect(ready.status).toBe(503);
});
