import { type ChildProcess, fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { freePort, type ServiceName, SUBGRAPHS, type SubgraphName } from "@psg/shared";
import { SERVICE_ENTRY, SERVICE_NODE_ARGS, waitForReady } from "../services";

/** The bench's processes: the four subgraphs, the gateway with its limits, the same without them, and the worker when asked for. */
export type BenchProcess = ServiceName | "gatewayLimitsOff" | "worker";

export interface ServiceProcesses {
  /** The gateway as deployed: operation limits, cost limit and rate limits counted (set too high to refuse). */
  gatewayUrl: string;
  /** The same gateway without operation limits, cost limit or rate limits. */
  gatewayLimitsOffUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  internalSecret: string;
  pids: Partial<Record<BenchProcess, number>>;
  /**
   * Stops both gateways and starts them again, each on the other's port: a comparison run
   * half before and half after gives neither the advantage of a port or a process.
   */
  swapGateways(): Promise<void>;
  /** Starts the webhook worker (relay and deliveries); it stops with the rest. */
  startWorker(env: NodeJS.ProcessEnv): Promise<void>;
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

/** CPU time the process has used so far (user and system), ms; 0 when it cannot be read. */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // the fields after the command name (which may hold spaces): utime and stime are the 12th and 13th
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** Linux counts CPU time in ticks of 1/100 s (USER_HZ) on every architecture Node runs on. */
const CLOCK_TICKS = 100;

/** Rate limits counted on every request as in production, at a rate no bench reaches. */
const UNREACHED_RATE = "1000000000";

/**
 * Which limits the "limits off" gateway goes without: all, only the operation limits (with
 * cost), only the rate limits, or none (a second gateway just like the first: the run's
 * noise floor for the comparison).
 */
export type LimitsOff = "all" | "operation" | "rate" | "none";

/**
 * The four subgraphs and two gateways (with and without limits), each its own process as in
 * production, on loopback ports.
 */
export async function startServiceProcesses(
  databaseUrl: string,
  internalSecret: string,
  limitsOff: LimitsOff = "all",
): Promise<ServiceProcesses> {
  const ports: Record<ServiceName | "gatewayLimitsOff", number> = {
    gateway: await freePort(),
    gatewayLimitsOff: await freePort(),
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
    RATE_LIMIT_PER_MINUTE: UNREACHED_RATE,
    RATE_LIMIT_ORGANIZATION_PER_MINUTE: UNREACHED_RATE,
    // the webhook scenario's receiver is on loopback, over http
    WEBHOOKS_ALLOW_PRIVATE: "on",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
  };
  const entries: Record<BenchProcess, string> = {
    ...SERVICE_ENTRY,
    gatewayLimitsOff:
      limitsOff === "rate" || limitsOff === "none" ? SERVICE_ENTRY.gateway : join(__dirname, "gateway-without-limits.js"),
  };
  let children: ChildProcess[] = [];
  const pids: Partial<Record<BenchProcess, number>> = {};
  const spawn = (name: BenchProcess, extra: NodeJS.ProcessEnv = {}) => {
    const port = name === "worker" ? {} : { PORT: String(ports[name]) };
    // the gateway without limits runs as the gateway does, on the same Node options
    const execArgv = SERVICE_NODE_ARGS[name === "gatewayLimitsOff" ? "gateway" : name] ?? [];
    const child = fork(entries[name], [], { env: { ...env, ...port, ...extra }, stdio: "inherit", execArgv });
    children.push(child);
    pids[name] = child.pid as number;
    return child;
  };
  const stopChildren = async (which: ChildProcess[]) => {
    await Promise.all(
      which.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
          }),
      ),
    );
  };
  const stop = () => stopChildren(children);
  const ready = (name: ServiceName | "gatewayLimitsOff") => waitForReady(`http://127.0.0.1:${ports[name]}/ready`, 60_000);
  const gateways: ChildProcess[] = [];
  const startGateways = async () => {
    gateways.push(
      spawn("gateway"),
      spawn("gatewayLimitsOff", limitsOff === "operation" || limitsOff === "none" ? {} : { RATE_LIMIT_PER_MINUTE: "0" }),
    );
    await ready("gateway");
    await ready("gatewayLimitsOff");
  };
  try {
    spawn("partners");
    await ready("partners");
    for (const service of SUBGRAPHS.filter((s) => s !== "partners")) spawn(service);
    await startGateways();
  } catch (error) {
    await stop();
    throw error;
  }
  const startWorker = async (extra: NodeJS.ProcessEnv) => {
    const worker = spawn("worker", extra);
    // the worker has no HTTP endpoint: it is up once it has not exited for a moment
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, 2_000);
      worker.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`the worker exited with code ${code}`));
      });
    });
  };
  const processes: ServiceProcesses = {
    gatewayUrl: `http://127.0.0.1:${ports.gateway}/graphql`,
    gatewayLimitsOffUrl: `http://127.0.0.1:${ports.gatewayLimitsOff}/graphql`,
    subgraphUrls,
    internalSecret,
    pids,
    swapGateways: async () => {
      const old = gateways.splice(0);
      await stopChildren(old);
      children = children.filter((child) => !old.includes(child));
      [ports.gateway, ports.gatewayLimitsOff] = [ports.gatewayLimitsOff, ports.gateway];
      await startGateways();
      processes.gatewayUrl = `http://127.0.0.1:${ports.gateway}/graphql`;
      processes.gatewayLimitsOffUrl = `http://127.0.0.1:${ports.gatewayLimitsOff}/graphql`;
    },
    startWorker,
    stop,
  };
  return processes;
}
