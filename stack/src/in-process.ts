import { randomBytes } from "node:crypto";
import { startGateway } from "@psg/gateway";
import { startPartners } from "@psg/partners";
import { startPayments } from "@psg/payments";
import {
  type Config,
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

const STARTERS = { partners: startPartners, vouchers: startVouchers, payments: startPayments };

export interface InProcessStack {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  operatorKey: string;
  internalSecret: string;
  databaseUrl: string;
  services: Record<SubgraphName, RunningService>;
  gateway: RunningServer;
  stop(): Promise<void>;
}

/**
 * The whole graph in this process: three subgraphs and the gateway on free ports of this
 * machine, talking HTTP to each other, on the given database. Tests and benchmarks use it.
 */
export async function startInProcessStack(databaseUrl: string, env: Record<string, string> = {}): Promise<InProcessStack> {
  const ports = { gateway: await freePort(), partners: await freePort(), vouchers: await freePort(), payments: await freePort() };
  const internalSecret = randomBytes(32).toString("hex");
  const operatorKey = `psg_operator_${randomBytes(24).toString("hex")}`;
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
  const log = createLogger("stack", process.env.LOG_LEVEL ?? "silent");
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
    gateway,
    stop: async () => {
      await gateway.close();
      for (const name of [...SUBGRAPHS].reverse()) await services[name].close();
    },
  };
}
