import { codesOf, dataOf, startTestStack, type TestStack } from "@psg/testing";

let stack: TestStack;
beforeAll(async () => {
  // a database of its own, so the list below has a known length
  stack = await startTestStack({ MAX_ROWS_PER_REQUEST: "40" }, { freshDatabase: true });
  for (let i = 0; i < 5; i++) {
    dataOf(
      await stack.request("mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }", {
        key: stack.operatorKey,
        variables: { input: { name: `bounds ${i}`, organizationKind: "OPERATOR", organizationId: null, roles: ["OPERATOR"] } },
      }),
    );
  }
});
afterAll(() => stack.stop());

// a list read from the database on every request (the catalog is served from memory)
const LIST = "apiKeys(first: 50) { edges { cursor } }";
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${LIST}`).join(" ")} }`;

it("a subgraph stops a request past MAX_ROWS_PER_REQUEST with one QUERY_TOO_COMPLEX naming the bound", async () => {
  type Keys = { apiKeys: { edges: unknown[] } };
  const rows = dataOf(await stack.request<Keys>(`{ ${LIST} }`, { key: stack.operatorKey })).apiKeys.edges.length;
  expect(rows).toBeGreaterThan(1);
  const tooMany = Math.ceil(41 / rows) + 1;
  const body = await stack.request(aliases(tooMany), { key: stack.operatorKey });
  expect(codesOf(body)).toEqual(["QUERY_TOO_COMPLEX"]);
  expect(body.errors?.[0].extensions).toEqual({ code: "QUERY_TOO_COMPLEX", limit: "rows", requestId: expect.any(String) });
  // the next request has its own budget
  expect(dataOf(await stack.request(aliases(Math.floor(40 / rows)), { key: stack.operatorKey }))).toBeDefined();
});
