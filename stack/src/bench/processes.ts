import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { freePort, type ServiceName, SUBGRAPHS, type SubgraphName } from "@psg/shared";
import { forkService, waitForReady } from "../services";

export interface ServiceProcesses {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  internalSecret: string;
  pids: Record<ServiceName, number>;
  stop(): Promise<void>;
}

/** The resident memory of a process, in MB (0 once it is gone). */
export function rssMb(pid: number): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/);
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The four subgraphs and the gateway, each its own process as in production, on loopback ports. */
export async function startServiceProcesses(databaseUrl: string, internalSecret: string): Promise<ServiceProcesses> {
  const ports: Record<ServiceName, number> = {
    gateway: await freePort(),
    partners: await freePort(),
    vouchers: await freePort(),
    payments: await freePort(),
    events: await freePort(),
  };
  const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((s) => [s, `http://127.0.0.1:${ports[s]}/graphql`])) as Record<
    SubgraphName,
    string
  >;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    DATABASE_URL: databaseUrl,
    INTERNAL_SECRET: internalSecret,
    PARTNERS_URL: subgraphUrls.partners,
    VOUCHERS_URL: subgraphUrls.vouchers,
    PAYMENTS_URL: subgraphUrls.payments,
    EVENTS_URL: subgraphUrls.events,
    RATE_LIMIT_PER_MINUTE: "0",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
  };
  const children: ChildProcess[] = [];
  const pids = {} as Record<ServiceName, number>;
  const spawn = (service: ServiceName) => {
    const child = forkService(service, { ...env, PORT: String(ports[service]) });
    children.push(child);
    pids[service] = child.pid as number;
  };
  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
          }),
      ),
    );
  };
  try {
    spawn("partners");
    await waitForReady(`http://127.0.0.1:${ports.partners}/ready`, 60_000);
    for (const service of SUBGRAPHS.filter((s) => s !== "partners")) spawn(service);
    spawn("gateway");
    await waitForReady(`http://127.0.0.1:${ports.gateway}/ready`, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { gatewayUrl: `http://127.0.0.1:${ports.gateway}/graphql`, subgraphUrls, internalSecret, pids, stop };
}
