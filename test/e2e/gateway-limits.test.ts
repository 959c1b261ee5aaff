import { codesOf, dataOf, startTestStack, type TestStack } from "@psg/testing";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ RATE_LIMIT_PER_MINUTE: "5", MAX_QUERY_DEPTH: "4" }, { freshDatabase: true });
});
afterAll(() => stack.stop());

// anonymous requests are limited per client address: this file sends only two of them
it("refuses an operation nested deeper than MAX_QUERY_DEPTH, fragments included", async () => {
  const shallow = "{ offerings { engagementTypes { requiredCompetencies { minimumLevel } } } }";
  expect(dataOf(await stack.request(shallow)).offerings).toBeDefined();
  const deep =
    "query { offerings { ...F } } fragment F on Offering { engagementTypes { requiredCompetencies { competency { exams { code } } } } }";
  const refused = await stack.request(deep);
  expect(codesOf(refused)).toEqual(["QUERY_TOO_COMPLEX"]);
  expect(refused.errors?.[0].extensions).toMatchObject({ limit: "depth", maximum: 4 });
});

it("limits requests per verified key per minute with RATE_LIMITED, keys apart", async () => {
  const created = await Promise.all(
    ["one", "two"].map(async (name) => {
      const body = await stack.request<{ createApiKey: { secret: string } }>(
        `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
        {
          key: stack.operatorKey,
          variables: { input: { name: `limited ${name}`, organizationKind: "OPERATOR", roles: ["OPERATOR"] } },
        },
      );
      return dataOf(body).createApiKey.secret;
    }),
  );
  const send = (key: string) => stack.request("{ __typename }", { key });
  const codes: (string | undefined)[] = [];
  for (let i = 0; i < 6; i++) codes.push(codesOf(await send(created[0]))[0]);
  expect(codes.slice(0, 5).every((c) => c !== "RATE_LIMITED")).toBe(true);
  expect(codes[5]).toBe("RATE_LIMITED");
  expect(codesOf(await send(created[1]))[0]).not.toBe("RATE_LIMITED");
});
