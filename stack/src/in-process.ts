import { randomBytes } from "node:crypto";
import { type RunningWorker, startEvents, startWorker } from "@psg/events";
import { startGateway } from "@psg/gateway";
import { startPartners } from "@psg/partners";
import { startPayments } from "@psg/payments";
import {
  type Config,
  ConfigError,
  createLogger,
  freePort,
  loadConfig,
  type RunningServer,
  type RunningService,
  type ServiceName,
  SUBGRAPHS,
  type SubgraphName,
} from "@psg/shared";
import { startVouchers } from "@psg/vouchers";

const STARTERS = { partners: startPartners, vouchers: startVouchers, payments: startPayments, events: startEvents };

export interface InProcessStack {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  operatorKey: string;
  internalSecret: string;
  databaseUrl: string;
  services: Record<SubgraphName, RunningService>;
  gateway: RunningServer;
  /** The environment a service of this stack runs with (e.g. to start a worker process). */
  envOf(service: ServiceName): Record<string, string>;
  /** A worker (relay, deliveries, scheduled jobs) in this process; stopped with the stack. */
  startWorker(env?: Record<string, string>): Promise<RunningWorker>;
  stop(): Promise<void>;
}

/**
 * The whole graph in this process: three subgraphs and the gateway on free ports of this
 * machine, talking HTTP to each other, on the given database. Tests and benchmarks use it.
 */
export async function startInProcessStack(databaseUrl: string, env: Record<string, string> = {}): Promise<InProcessStack> {
  // a port found free can be taken before a service listens on it (by another process, or as
  // the local end of some connection): then the stack starts again on other ports
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(databaseUrl, env);
    } catch (error) {
      if (attempt >= PORT_ATTEMPTS || !(error instanceof ConfigError) || !/already in use/.test(error.message)) throw error;
    }
  }
}

/** Starts on fresh ports at most this many times. */
const PORT_ATTEMPTS = 3;

async function startOnce(databaseUrl: string, env: Record<string, string>): Promise<InProcessStack> {
  const ports = {
    gateway: await freePort(),
    partners: await freePort(),
    vouchers: await freePort(),
    payments: await freePort(),
    events: await freePort(),
  };
  const internalSecret = randomBytes(32).toString("hex");
  const operatorKey = `psg_operator_${randomBytes(24).toString("hex")}`;
  const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((name) => [name, `http://127.0.0.1:${ports[name]}/graphql`])) as Record<
    SubgraphName,
    string
  >;
  const envOf = (service: ServiceName): Record<string, string> => ({
    HOST: "127.0.0.1",
    PORT: String(ports[service]),
    DATABASE_URL: databaseUrl,
    INTERNAL_SECRET: internalSecret,
    BOOTSTRAP_OPERATOR_KEY: operatorKey,
    SANDBOX_TIME: "on",
    PARTNERS_URL: subgraphUrls.partners,
    VOUCHERS_URL: subgraphUrls.vouchers,
    PAYMENTS_URL: subgraphUrls.payments,
    EVENTS_URL: subgraphUrls.events,
    WEBHOOKS_ALLOW_PRIVATE: "on",
    ...env,
  });
  const configFor = (service: ServiceName, extra: Record<string, string> = {}): Config =>
    loadConfig(service, { ...envOf(service), ...extra });
  const log = createLogger("stack", process.env.LOG_LEVEL ?? "silent");
  const services = {} as Record<SubgraphName, RunningService>;
  let gateway: RunningServer;
  try {
    for (const name of SUBGRAPHS) services[name] = await STARTERS[name](configFor(name), log);
    gateway = await startGateway(configFor("gateway"), log);
  } catch (error) {
    for (const service of Object.values(services).reverse()) await service.close().catch(() => undefined);
    throw error;
  }
  const workers: RunningWorker[] = [];
  return {
    gatewayUrl: gateway.url,
    subgraphUrls,
    operatorKey,
    internalSecret,
    databaseUrl,
    services,
    gateway,
    envOf,
    startWorker: async (extra = {}) => {
      const worker = await startWorker(configFor("events", extra), log);
      workers.push(worker);
      return worker;
    },
    stop: async () => {
      for (const worker of workers) await worker.close();
      await gateway.close();
      for (const name of [...SUBGRAPHS].reverse()) await services[name].close();
    },
  };
}
