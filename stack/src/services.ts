import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";
import type { ServiceName } from "@psg/shared";

/** Each service's (and the worker's) entry point after `npm run build`, as `npm run start:<service>` runs it. */
export const SERVICE_ENTRY: Record<ServiceName | "worker", string> = {
  partners: join(__dirname, "..", "..", "subgraphs", "partners", "dist", "main.js"),
  vouchers: join(__dirname, "..", "..", "subgraphs", "vouchers", "dist", "main.js"),
  payments: join(__dirname, "..", "..", "subgraphs", "payments", "dist", "main.js"),
  events: join(__dirname, "..", "..", "subgraphs", "events", "dist", "main.js"),
  worker: join(__dirname, "..", "..", "subgraphs", "events", "dist", "worker", "main.js"),
  gateway: join(__dirname, "..", "..", "gateway", "dist", "main.js"),
};

/**
 * Node's own options per service, the same as `npm run start:<service>` gives. The gateway's
 * live heap stays under 100 MB; with V8's default old-space limit (about 2 GB here) the heap
 * grows to twice that under load before V8 collects it, and the gateway's RSS passed 300 MB
 * with 50 connections. A 256 MB limit makes V8 collect sooner (RSS under 200 MB measured
 * with the same load) at no loss of throughput.
 */
export const SERVICE_NODE_ARGS: Partial<Record<ServiceName | "worker", string[]>> = {
  gateway: ["--max-old-space-size=256"],
};

/** Starts one service (or the worker) as its own Node process, on `env`. */
export const forkService = (service: ServiceName | "worker", env: NodeJS.ProcessEnv): ChildProcess =>
  fork(SERVICE_ENTRY[service], [], { env, stdio: "inherit", execArgv: SERVICE_NODE_ARGS[service] ?? [] });

/** Polls `url` until it answers 2xx. */
export async function waitForReady(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not become ready within ${timeoutMs / 1000} s`);
}
