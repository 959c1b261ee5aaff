import { randomBytes } from "node:crypto";
import { ensureDatabase, type GraphQLResponse, graphqlRequest } from "@psg/shared";
import { type InProcessStack, startInProcessStack } from "@psg/stack";

export interface TestStack extends InProcessStack {
  /** A request through the gateway, as a client sends it. */
  request<T = Record<string, unknown>>(
    query: string,
    options?: { key?: string; variables?: Record<string, unknown>; headers?: Record<string, string>; at?: string },
  ): Promise<GraphQLResponse<T>>;
}

/**
 * This jest worker's own database on the run's PostgreSQL server, shared by the files the
 * worker runs one after another; `fresh` gives a test file an empty database of its own.
 */
export async function workerDatabaseUrl(fresh = false): Promise<string> {
  const server = process.env.PSG_TEST_SERVER_URL;
  if (!server) throw new Error("PSG_TEST_SERVER_URL is not set: run the tests through jest's global setup");
  const base = new URL(server).pathname.slice(1) || "postgres";
  const suffix = fresh ? `fresh_${randomBytes(6).toString("hex")}` : `w${process.env.JEST_WORKER_ID ?? "1"}`;
  return ensureDatabase(server, `${base}_test_${suffix}`);
}

/** The real graph for a test file, on this worker's database (or an empty one of its own). */
export async function startTestStack(
  env: Record<string, string> = {},
  options: { freshDatabase?: boolean } = {},
): Promise<TestStack> {
  // tests send hundreds of requests a minute with one key; the limiter has its own test
  const stack = await startInProcessStack(await workerDatabaseUrl(options.freshDatabase), { RATE_LIMIT_PER_MINUTE: "0", ...env });
  return {
    ...stack,
    request: (query, options = {}) =>
      graphqlRequest(stack.gatewayUrl, query, options.variables ?? {}, {
        ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
        ...(options.at ? { "x-sandbox-time": options.at } : {}),
        ...(options.headers ?? {}),
      }),
  };
}

/** The data of a response that must have succeeded; otherwise the test fails showing the errors. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`expected data, got errors: ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}

/** The codes of a response's errors. */
export const codesOf = (response: GraphQLResponse<unknown>): (string | undefined)[] =>
  (response.errors ?? []).map((e) => e.extensions?.code);
