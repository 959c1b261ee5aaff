import { codesOf, dataOf, startTestStack, type TestStack } from "@psg/testing";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ MAX_ROWS_PER_REQUEST: "40" });
});
afterAll(() => stack.stop());

const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: offerings { code }`).join(" ")} }`;

it("a subgraph stops a request past MAX_ROWS_PER_REQUEST with one QUERY_TOO_COMPLEX naming the bound", async () => {
  const offerings = dataOf(await stack.request<{ offerings: unknown[] }>("{ offerings { code } }")).offerings.length;
  expect(offerings).toBeGreaterThan(0);
  const tooMany = Math.ceil(41 / offerings) + 1;
  const body = await stack.request(aliases(tooMany));
  expect(codesOf(body)).toEqual(["QUERY_TOO_COMPLEX"]);
  expect(body.errors?.[0].extensions).toEqual({ code: "QUERY_TOO_COMPLEX", limit: "rows", requestId: expect.any(String) });
  // the next request has its own budget
  expect(dataOf(await stack.request(aliases(Math.floor(40 / offerings))))).toBeDefined();
});
