import { randomInt } from "node:crypto";
import { dataOf, requestStatements, startTestStack, type TestStack } from "@psg/testing";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const CATALOG =
  "{ offerings { code name engagementTypes { id name requiredCompetencies { minimumLevel competency { name } } } } }";
type Catalog = { offerings: { code: string; name: string; engagementTypes: { id: string }[] }[] };

async function catalog(): Promise<{ statements: number; data: Catalog }> {
  const before = requestStatements.count;
  const data = dataOf(await stack.request<Catalog>(CATALOG));
  return { statements: requestStatements.count - before, data };
}

it("a warm catalog costs no SQL, and an operator's upsert is seen by the very next read", async () => {
  await catalog();
  const warm = await catalog();
  expect(warm.statements).toBe(0);
  expect(warm.data.offerings.find((o) => o.code === "DDPS")?.engagementTypes.length).toBeGreaterThan(0);

  const code = `PERF_${randomInt(1_000_000)}`;
  const upsert = (name: string) =>
    stack.request("mutation ($input: UpsertOfferingInput!) { upsertOffering(input: $input) { code } }", {
      key: stack.operatorKey,
      variables: { input: { code, name } },
    });
  dataOf(await upsert("Planning Services for Benchmarks"));
  const afterCreate = await catalog();
  expect(afterCreate.statements).toBeGreaterThan(0);
  expect(afterCreate.data.offerings.find((o) => o.code === code)?.name).toBe("Planning Services for Benchmarks");

  dataOf(await upsert("Planning Services for Load Tests"));
  expect((await catalog()).data.offerings.find((o) => o.code === code)?.name).toBe("Planning Services for Load Tests");
  expect((await catalog()).statements).toBe(0);

  const refused = await upsert("");
  expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  expect((await catalog()).data.offerings.find((o) => o.code === code)?.name).toBe("Planning Services for Load Tests");
});
