import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger } from "@psg/shared";
import { seedDemoData } from "@psg/stack";
import { dataOf, startTestStack, type TestStack } from "@psg/testing";

/** `npm start` seeds demo data through the public API; this proves every seed runs and every printed key works. */
let stack: TestStack;
beforeAll(async () => {
  process.env.PSG_DATA_DIR = mkdtempSync(join(tmpdir(), "psg-demo-"));
  stack = await startTestStack();
});
afterAll(() => stack.stop());

it("seeds the demo data once (vouchers and payment requests in every state) and prints working keys every time", async () => {
  const log = createLogger("demo", "silent");
  const keys = await seedDemoData(stack.gatewayUrl, stack.operatorKey, log);
  expect(keys[0]).toEqual({ label: "OPERATOR (bootstrap key)", secret: stack.operatorKey });
  for (const key of keys) {
    const viewer = dataOf(await stack.request<{ viewer: { roles: string[] } }>("{ viewer { roles } }", { key: key.secret }));
    expect(viewer.viewer.roles.length).toBeGreaterThan(0);
  }
  const again = await seedDemoData(stack.gatewayUrl, stack.operatorKey, log);
  expect(again).toEqual(keys);

  const keyOf = (label: string): string => keys.find((k) => k.label === label)?.secret ?? "";
  const fabrikam = dataOf(
    await stack.request<{
      vouchers: { edges: { node: { status: string } }[] };
      customers: { edges: { node: { name: string; benefit: { remainingDays: number } } }[] };
    }>(
      "{ vouchers(first: 100) { edges { node { status } } } customers(first: 1) { edges { node { name benefit { remainingDays } } } } }",
      {
        key: keyOf("Fabrikam Ltd PROJECT_MANAGER"),
      },
    ),
  );
  expect(new Set(fabrikam.vouchers.edges.map((e) => e.node.status))).toEqual(
    new Set(["ASSIGNED", "RESERVED", "REDEEMED", "EXPIRED", "CANCELLED"]),
  );
  expect(fabrikam.customers.edges.map((e) => e.node)).toEqual([
    { name: "Fabrikam Ltd", benefit: { remainingDays: 100 - 5 - 5 - 4 * 3 } },
  ]);

  const contoso = dataOf(
    await stack.request<{ paymentRequests: { edges: { node: { status: string; lines: { voucher: { id: string } }[] } }[] } }>(
      "{ paymentRequests(first: 100) { edges { node { status lines { voucher { id } } } } } }",
      { key: keyOf("Contoso Consulting BILLING_ADMIN") },
    ),
  );
  const requests = contoso.paymentRequests.edges.map((e) => e.node);
  expect(requests.map((r) => r.status)).toEqual(["PAID", "APPROVED", "SUBMITTED", "DENIED", "DRAFT"]);
  // the corrected draft claims the voucher its denied predecessor released
  expect(requests[4].lines).toEqual(requests[3].lines);
});
