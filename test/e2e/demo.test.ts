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
  // demo data has fixed names and MPN ids: it goes into an empty database, as under `npm start`
  stack = await startTestStack({}, { freshDatabase: true });
});
afterAll(() => stack.stop());

it("seeds the demo data once and prints working keys every time", async () => {
  const log = createLogger("demo", "silent");
  const keys = await seedDemoData(stack.gatewayUrl, stack.operatorKey, log);
  expect(keys[0]).toEqual({ label: "OPERATOR (bootstrap key)", secret: stack.operatorKey });
  for (const key of keys) {
    const viewer = dataOf(await stack.request<{ viewer: { roles: string[] } }>("{ viewer { roles } }", { key: key.secret }));
    expect(viewer.viewer.roles.length).toBeGreaterThan(0);
  }
  const again = await seedDemoData(stack.gatewayUrl, stack.operatorKey, log);
  expect(again).toEqual(keys);
});
