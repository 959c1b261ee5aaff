import { startTestStack, type TestStack } from "@psg/testing";
import { serverAudits } from "graphql-http";

/** graphql-http's GraphQL-over-HTTP audit against the gateway: stock Apollo Server fails none, nor may we. */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

it("fails none of graphql-http's server audits", async () => {
  const audits = serverAudits({ url: stack.gatewayUrl });
  expect(audits.length).toBeGreaterThan(50);
  const results = [];
  for (const audit of audits) results.push(await audit.fn());
  const failures = results.filter((r) => r.status === "error").map((r) => `${r.name}: ${"reason" in r ? r.reason : ""}`);
  expect(failures).toEqual([]);
  expect(results.filter((r) => r.status === "ok").length).toBeGreaterThan(50);
});
