import { ensureDatabase, type GraphQLResponse, graphqlRequest } from "@psg/shared";
import { type InProcessStack, startInProcessStack } from "@psg/stack";

export interface TestStack extends InProcessStack {
  /** A request through the gateway, as a client sends it. */
  request<T = Record<string, unknown>>(
    query: string,
    options?: { key?: string; variables?: Record<string, unknown>; headers?: Record<string, string>; at?: string },
  ): Promise<GraphQLResponse<T>>;
}

/** This jest worker's own database, on the run's PostgreSQL server. */
export async function workerDatabaseUrl(): Promise<string> {
  const server = process.env.PSG_TEST_SERVER_URL;
  if (!server) throw new Error("PSG_TEST_SERVER_URL is not set: run the tests through jest's global setup");
  const base = new URL(server).pathname.slice(1) || "postgres";
  return ensureDatabase(server, `${base}_test_w${process.env.JEST_WORKER_ID ?? "1"}`);
}

/** The real graph for a test file, on this worker's database. */
export async function startTestStack(env: Record<string, string> = {}): Promise<TestStack> {
  // tests send hundreds of requests a minute with one key; the limiter has its own test
  const stack = await startInProcessStack(await workerDatabaseUrl(), { RATE_LIMIT_PER_MINUTE: "0", ...env });
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
