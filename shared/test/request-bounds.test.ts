import { ApolloServer } from "@apollo/server";
import { workerDatabaseUrl } from "@psg/testing";
import { openDatabase } from "../src/database";
import { createLogger } from "../src/logger";
import { isStatementTimeout, requestBoundsPlugin, withinRequestBounds } from "../src/request-bounds";
import { maskedErrors } from "../src/server";

const log = createLogger("test", "silent");

describe("the execution deadline", () => {
  const server = new ApolloServer({
    typeDefs: "type Query { slow: Slow } type Slow { after: Int items: [Item] } type Item { n: Int }",
    resolvers: {
      Query: { slow: () => new Promise((resolve) => setTimeout(() => resolve({}), 600)) },
      Slow: { after: () => 1, items: () => Array.from({ length: 50 }, (_, n) => ({ n })) },
    },
    plugins: [requestBoundsPlugin()],
    formatError: maskedErrors(log),
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const run = (deadlineMs: number) =>
    withinRequestBounds({ requestDeadlineMs: deadlineMs, maxRowsPerRequest: 1000 }, () =>
      server.executeOperation({ query: "{ slow { after items { n } } }" }),
    );
  const single = (response: Awaited<ReturnType<typeof run>>) => {
    if (response.body.kind !== "single") throw new Error("expected a single result");
    return response.body.singleResult;
  };

  it("refuses every field that would resolve past it, with one error naming the bound", async () => {
    const result = single(await run(200));
    expect(result.data).toEqual({ slow: { after: null, items: null } });
    expect(result.errors?.map((e) => e.extensions)).toEqual([{ code: "QUERY_TOO_COMPLEX", limit: "deadline" }]);
  });

  it("lets a request within it answer in full", async () => {
    const result = single(await run(5_000));
    expect(result.errors).toBeUndefined();
    expect((result.data as { slow: { items: unknown[] } }).slow.items).toHaveLength(50);
  });
});

describe("the statement timeout", () => {
  it("cancels a long statement, and the client is told QUERY_TOO_COMPLEX, not an internal error", async () => {
    const db = await openDatabase({
      url: await workerDatabaseUrl(),
      schema: "bounds_test",
      entities: [],
      migrations: [],
      log,
      statementTimeoutMs: 100,
    });
    try {
      const error = await db.query("SELECT pg_sleep(2)").then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isStatementTimeout(error)).toBe(true);
      const { GraphQLError } = await import("graphql");
      const wrapped = new GraphQLError("x", { originalError: error as Error });
      expect(maskedErrors(log)({ message: "x" }, wrapped).extensions).toEqual({
        code: "QUERY_TOO_COMPLEX",
        limit: "statementTimeout",
      });
      expect(await db.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      await db.destroy();
    }
  });
});
