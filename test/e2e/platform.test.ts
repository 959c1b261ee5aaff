import { readFileSync } from "node:fs";
import { SUPERGRAPH_PATH } from "@psg/gateway";
import { graphqlRequest } from "@psg/shared";
import { composeSupergraph } from "@psg/stack";
import { codesOf, dataOf, startTestStack, type TestStack } from "@psg/testing";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const CREATE_KEY = `mutation ($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id name organizationKind roles lastFour createdAt revokedAt } }
}`;

async function createOperatorKey(name: string): Promise<{ id: string; secret: string }> {
  const body = dataOf(
    await stack.request<{ createApiKey: { secret: string; apiKey: { id: string } } }>(CREATE_KEY, {
      key: stack.operatorKey,
      variables: { input: { name, organizationKind: "OPERATOR", roles: ["OPERATOR"] } },
    }),
  );
  return { id: body.createApiKey.apiKey.id, secret: body.createApiKey.secret };
}

async function findKey(id: string): Promise<Record<string, unknown> | undefined> {
  type Page = { apiKeys: { edges: { node: Record<string, unknown> }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
  let after: string | null = null;
  for (;;) {
    const page: Page = dataOf(
      await stack.request<Page>(
        "query ($after: String) { apiKeys(first: 100, after: $after) { edges { node { id lastFour } } pageInfo { hasNextPage endCursor } } }",
        { key: stack.operatorKey, variables: { after } },
      ),
    );
    const found = page.apiKeys.edges.find((e) => e.node.id === id);
    if (found || !page.apiKeys.pageInfo.hasNextPage) return found?.node;
    after = page.apiKeys.pageInfo.endCursor;
  }
}

describe("the graph without a key", () => {
  it("answers the catalog", async () => {
    const data = dataOf(
      await stack.request<{
        offerings: {
          code: string;
          engagementTypes: { name: string; requiredCompetencies: { competency: { code: string }; minimumLevel: string }[] }[];
        }[];
      }>(
        `{ offerings { code status engagementTypes { name maxDays allowedServiceLevels requiredCompetencies { minimumLevel competency { code exams { code } } } } } }`,
      ),
    );
    expect(data.offerings.map((o) => o.code)).toEqual(
      expect.arrayContaining(["DDPS", "DYDPS", "PVDPS", "SDPS", "S_EDPS", "SSDPS"]),
    );
    const dydps = data.offerings.find((o) => o.code === "DYDPS");
    const finance = dydps?.engagementTypes.find((t) => t.name === "Upgrading Dynamics 365 for Finance and Operations");
    expect(finance?.requiredCompetencies).toEqual([
      { minimumLevel: "GOLD", competency: expect.objectContaining({ code: "ENTERPRISE_RESOURCE_PLANNING" }) },
    ]);
  });

  it("answers __typename", async () => {
    expect(dataOf(await stack.request("{ __typename }"))).toEqual({ __typename: "Query" });
  });

  it("refuses everything else with UNAUTHENTICATED", async () => {
    expect(codesOf(await stack.request("{ viewer { roles } }"))).toEqual(["UNAUTHENTICATED"]);
    expect(codesOf(await stack.request("{ customers { totalCount } }"))).toEqual(["UNAUTHENTICATED"]);
    expect(codesOf(await stack.request(`mutation { upsertCompetency(input: { code: "X_Y", name: "x" }) { code } }`))).toEqual([
      "UNAUTHENTICATED",
    ]);
  });
});

describe("API keys", () => {
  it("the bootstrap key is an operator key", async () => {
    const data = dataOf(
      await stack.request<{ viewer: unknown }>("{ viewer { organizationKind roles organizationId } }", {
        key: stack.operatorKey,
      }),
    );
    expect(data.viewer).toEqual({ organizationKind: "OPERATOR", roles: ["OPERATOR"], organizationId: null });
  });

  it("a made-up key is UNAUTHENTICATED in every subgraph", async () => {
    const key = "psg_made_up_key_that_nobody_ever_issued_0000";
    expect(codesOf(await stack.request("{ viewer { roles } }", { key }))).toEqual(["UNAUTHENTICATED"]);
    expect(codesOf(await stack.request("{ customers { totalCount } }", { key }))).toEqual(["UNAUTHENTICATED"]);
    expect(codesOf(await stack.request("{ offerings { code } }", { key }))).toEqual(["UNAUTHENTICATED"]);
  });

  it("shows the secret once and stores only its hash", async () => {
    const created = await createOperatorKey("stored hashed");
    const node = await findKey(created.id);
    expect(node).toEqual({ id: created.id, lastFour: created.secret.slice(-4) });
    const rows = (await stack.services.partners.db?.query(`SELECT * FROM "partners"."api_keys" WHERE id = $1`, [
      created.id,
    ])) as Record<string, unknown>[];
    expect(JSON.stringify(rows)).not.toContain(created.secret);
  });

  it("a revoked key stops working everywhere within 5 seconds", async () => {
    const key = await createOperatorKey("to revoke");
    // warm the caches of two subgraphs
    dataOf(await stack.request("{ viewer { roles } }", { key: key.secret }));
    dataOf(await stack.request("{ customers { totalCount } }", { key: key.secret }));

    const revoked = dataOf(
      await stack.request<{ revokeApiKey: { revokedAt: string | null } }>(
        "mutation ($id: ID!) { revokeApiKey(id: $id) { revokedAt } }",
        {
          key: stack.operatorKey,
          variables: { id: key.id },
        },
      ),
    );
    expect(revoked.revokeApiKey.revokedAt).not.toBeNull();
    const revokedAt = Date.now();
    expect(codesOf(await stack.request("{ viewer { roles } }", { key: key.secret }))).toEqual(["UNAUTHENTICATED"]);

    // every request sent 5 s or more after the revocation must be refused
    let lastAcceptedSentAt = revokedAt;
    let refused = false;
    while (!refused && Date.now() - revokedAt < 7_000) {
      const sentAt = Date.now();
      const codes = codesOf(await stack.request("{ customers { totalCount } }", { key: key.secret }));
      if (codes[0] === "UNAUTHENTICATED") refused = true;
      else lastAcceptedSentAt = sentAt;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(refused).toBe(true);
    expect(lastAcceptedSentAt - revokedAt).toBeLessThan(5_000);
  });

  it("roles must belong to the key's kind of organisation", async () => {
    const response = await stack.request(CREATE_KEY, {
      key: stack.operatorKey,
      variables: { input: { name: "odd", organizationKind: "OPERATOR", roles: ["GLOBAL_ADMIN"] } },
    });
    expect(codesOf(response)).toEqual(["BAD_USER_INPUT"]);
  });

  it("pages through keys with cursors and refuses pages above 100", async () => {
    for (let i = 0; i < 3; i++) await createOperatorKey(`page ${i}`);
    const query =
      "query ($after: String) { apiKeys(first: 2, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }";
    type Page = {
      apiKeys: {
        totalCount: number;
        edges: { node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: Page = dataOf(await stack.request<Page>(query, { key: stack.operatorKey, variables: { after } }));
      total = page.apiKeys.totalCount;
      seen.push(...page.apiKeys.edges.map((e) => e.node.id));
      after = page.apiKeys.pageInfo.hasNextPage ? page.apiKeys.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(total);
    expect(codesOf(await stack.request("{ apiKeys(first: 101) { totalCount } }", { key: stack.operatorKey }))).toEqual([
      "BAD_USER_INPUT",
    ]);
    expect(codesOf(await stack.request(`{ apiKeys(after: "bogus") { totalCount } }`, { key: stack.operatorKey }))).toEqual([
      "BAD_USER_INPUT",
    ]);
  });
});

describe("the subgraphs", () => {
  it.each(["partners", "vouchers", "payments"] as const)("%s refuses a call without the internal secret", async (name) => {
    const response = await fetch(stack.subgraphUrls[name], {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${stack.operatorKey}` },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      "UNAUTHENTICATED",
    );
  });

  it.each(["partners", "vouchers", "payments"] as const)("%s refuses a bad key even with the internal secret", async (name) => {
    const response = await graphqlRequest(
      stack.subgraphUrls[name],
      "{ __typename }",
      {},
      {
        "x-internal-secret": stack.internalSecret,
        authorization: "Bearer psg_not_a_real_key_000000000000000000000",
      },
    );
    expect(codesOf(response)).toEqual(["UNAUTHENTICATED"]);
  });

  it("internal questions are hidden from the public graph", async () => {
    const response = await stack.request(`{ _apiKeyPrincipal(keyHash: "x") { roles } }`, { key: stack.operatorKey });
    expect(codesOf(response)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
  });
});

describe("the gateway", () => {
  it("serves /health and /ready", async () => {
    const base = new URL(stack.gatewayUrl);
    const health = await fetch(new URL("/health", base));
    expect(health.status).toBe(200);
    const ready = await fetch(new URL("/ready", base));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: "ready",
      subgraphs: { partners: "ready", vouchers: "ready", payments: "ready" },
    });
  });

  it("refuses a body over 16 MiB with 413 before parsing it", async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(17 * 1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
  });

  it("serves Apollo Sandbox to a browser", async () => {
    const response = await fetch(stack.gatewayUrl, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("sandbox");
  });

  it("uses x-sandbox-time as now when sandbox time is on", async () => {
    const at = "2031-02-03T04:05:06.000Z";
    const body = dataOf(
      await stack.request<{ createApiKey: { apiKey: { createdAt: string } } }>(CREATE_KEY, {
        key: stack.operatorKey,
        at,
        variables: { input: { name: "sandbox", organizationKind: "OPERATOR", roles: ["OPERATOR"] } },
      }),
    );
    expect(body.createApiKey.apiKey.createdAt).toBe(at);
    expect(codesOf(await stack.request("{ viewer { roles } }", { key: stack.operatorKey, at: "next tuesday" }))).toEqual([
      "BAD_USER_INPUT",
    ]);
  });
});

describe("the composed schema", () => {
  it("supergraph.graphql is what `npm run compose` writes today", async () => {
    expect(readFileSync(SUPERGRAPH_PATH, "utf8")).toBe(await composeSupergraph());
  });
});
