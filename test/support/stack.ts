import { randomBytes } from "node:crypto";
import { startGateway } from "@psg/gateway";
import { startPartners } from "@psg/partners";
import { startPayments } from "@psg/payments";
import {
  type Config,
  createLogger,
  ensureDatabase,
  freePort,
  type GraphQLResponse,
  graphqlRequest,
  loadConfig,
  type RunningService,
  type ServiceName,
  SUBGRAPHS,
  type SubgraphName,
} from "@psg/shared";
import { startVouchers } from "@psg/vouchers";

const STARTERS = { partners: startPartners, vouchers: startVouchers, payments: startPayments };

export interface TestStack {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  operatorKey: string;
  internalSecret: string;
  databaseUrl: string;
  services: Record<SubgraphName, RunningService>;
  /** A request through the gateway, as a client sends it. */
  request<T = Record<string, unknown>>(
    query: string,
    options?: { key?: string; variables?: Record<string, unknown>; headers?: Record<string, string>; at?: string },
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** This jest worker's own database, on the run's PostgreSQL server. */
export async function workerDatabaseUrl(): Promise<string> {
  const server = process.env.PSG_TEST_SERVER_URL;
  if (!server) throw new Error("PSG_TEST_SERVER_URL is not set: run the tests through jest's global setup");
  const base = new URL(server).pathname.slice(1) || "postgres";
  return ensureDatabase(server, `${base}_test_w${process.env.JEST_WORKER_ID ?? "1"}`);
}

/**
 * The real graph for a test file: three subgraphs and the gateway on free ports of this
 * machine, talking HTTP to each other, on a real PostgreSQL database.
 */
export async function startTestStack(env: Record<string, string> = {}): Promise<TestStack> {
  const databaseUrl = await workerDatabaseUrl();
  const ports = { gateway: await freePort(), partners: await freePort(), vouchers: await freePort(), payments: await freePort() };
  const internalSecret = randomBytes(32).toString("hex");
  const operatorKey = `psg_test_operator_${randomBytes(24).toString("hex")}`;
  const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((name) => [name, `http://127.0.0.1:${ports[name]}/graphql`])) as Record<
    SubgraphName,
    string
  >;
  const configFor = (service: ServiceName): Config =>
    loadConfig(service, {
      HOST: "127.0.0.1",
      PORT: String(ports[service]),
      DATABASE_URL: databaseUrl,
      INTERNAL_SECRET: internalSecret,
      BOOTSTRAP_OPERATOR_KEY: operatorKey,
      SANDBOX_TIME: "on",
      PARTNERS_URL: subgraphUrls.partners,
      VOUCHERS_URL: subgraphUrls.vouchers,
      PAYMENTS_URL: subgraphUrls.payments,
      ...env,
    });
  const log = createLogger("test", process.env.LOG_LEVEL ?? "silent");
  const services = {} as Record<SubgraphName, RunningService>;
  for (const name of SUBGRAPHS) services[name] = await STARTERS[name](configFor(name), log);
  const gateway = await startGateway(configFor("gateway"), log);

  return {
    gatewayUrl: gateway.url,
    subgraphUrls,
    operatorKey,
    internalSecret,
    databaseUrl,
    services,
    request: (query, options = {}) =>
      graphqlRequest(gateway.url, query, options.variables ?? {}, {
        ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
        ...(options.at ? { "x-sandbox-time": options.at } : {}),
        ...(options.headers ?? {}),
      }),
    stop: async () => {
      await gateway.close();
      for (const name of [...SUBGRAPHS].reverse()) await services[name].close();
    },
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
