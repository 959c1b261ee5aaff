import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { freePort, type ServiceName } from "@psg/shared";
import type { InProcessStack } from "@psg/stack";

const ROOT = join(__dirname, "..", "..");
const ENTRY: Record<ServiceName, string> = {
  gateway: "gateway/src/main.ts",
  partners: "subgraphs/partners/src/main.ts",
  vouchers: "subgraphs/vouchers/src/main.ts",
  payments: "subgraphs/payments/src/main.ts",
  events: "subgraphs/events/src/main.ts",
};

export interface ServiceProcess {
  service: ServiceName;
  port: number;
  /** Its GraphQL endpoint. */
  url: string;
  child: ChildProcess;
  /** What it wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with how the process ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILL, and wait for the end. */
  kill(): Promise<void>;
}

/** The environment a service process needs to join an in-process stack (its database, secret and subgraphs). */
export const stackEnv = (stack: InProcessStack): Record<string, string> => ({
  DATABASE_URL: stack.databaseUrl,
  INTERNAL_SECRET: stack.internalSecret,
  SANDBOX_TIME: "on",
  PARTNERS_URL: stack.subgraphUrls.partners,
  VOUCHERS_URL: stack.subgraphUrls.vouchers,
  PAYMENTS_URL: stack.subgraphUrls.payments,
  EVENTS_URL: stack.subgraphUrls.events,
});

/**
 * One service as the real production process (its own `main.ts`, signals and all), run
 * from the TypeScript sources; resolves once its /health answers.
 */
export async function startServiceProcess(
  service: ServiceName,
  env: Record<string, string>,
  options: { port?: number } = {},
): Promise<ServiceProcess> {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, ["-r", join(__dirname, "register-ts.js"), join(ROOT, ENTRY[service])], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "warn", ...env, HOST: "127.0.0.1", PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const running: ServiceProcess = {
    service,
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    child,
    output: () => output,
    exited,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
  };
  const deadline = Date.now() + 60_000;
  let ended = false;
  void exited.then(() => (ended = true));
  while (!ended && Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return running;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await running.kill();
  throw new Error(`${service} did not start on port ${port}:\n${output}`);
}
