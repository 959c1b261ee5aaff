import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { freePort, type ServiceName, SUBGRAPHS } from "@psg/shared";

const ROOT = join(__dirname, "..", "..");

export const ENTRY: Record<ServiceName, string> = {
  gateway: join(ROOT, "gateway", "dist", "main.js"),
  partners: join(ROOT, "subgraphs", "partners", "dist", "main.js"),
  vouchers: join(ROOT, "subgraphs", "vouchers", "dist", "main.js"),
  payments: join(ROOT, "subgraphs", "payments", "dist", "main.js"),
  events: join(ROOT, "subgraphs", "events", "dist", "main.js"),
};

/**
 * Compiles the services as `npm run build` does, once per run even with several jest
 * workers (the first to take the lock builds; the others wait, then find it up to date).
 */
export function ensureBuilt(): void {
  const lock = join(ROOT, ".build-lock");
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // a lock older than the deadline belongs to a run that died
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 180_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error("timed out waiting for another worker's build");
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-b", "tsconfig.build.json"], {
      cwd: ROOT,
      stdio: "pipe",
    });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A service running as its own process, as in production; its output is kept line by line. */
export interface BuiltProcess {
  service: ServiceName | "stack" | "reset";
  child: ChildProcess;
  /** stdout and stderr, as written. */
  output(): string;
  /** The JSON log lines written so far. */
  logs(): Record<string, unknown>[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

/** A service (or another entry point of the repository, such as the stack) as its own process. */
export function startProcess(service: ServiceName | "stack" | "reset", env: Record<string, string>): BuiltProcess {
  const entry =
    service === "stack"
      ? join(ROOT, "stack", "dist", "start.js")
      : service === "reset"
        ? join(ROOT, "stack", "dist", "reset.js")
        : ENTRY[service];
  const child = spawn(process.execPath, [entry], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return {
    service,
    child,
    output: () => output,
    logs: () =>
      output
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Runs a service that is expected to refuse to start; resolves when it exits, with how long it took. */
export async function runToExit(
  service: ServiceName | "stack" | "reset",
  env: Record<string, string>,
  timeoutMs = 20_000,
): Promise<{ code: number | null; output: string; ms: number }> {
  const started = Date.now();
  const running = startProcess(service, env);
  const timer = setTimeout(() => running.child.kill("SIGKILL"), timeoutMs);
  const { code } = await running.exited;
  clearTimeout(timer);
  return { code, output: running.output(), ms: Date.now() - started };
}

async function waitForReady(url: string, processes: BuiltProcess[], timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const dead = processes.find((p) => p.child.exitCode !== null);
    if (dead) throw new Error(`${dead.service} exited while starting:\n${dead.output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} was not ready within ${timeoutMs} ms`);
}

export interface ProcessStack {
  gatewayUrl: string;
  processes: Record<ServiceName, BuiltProcess>;
  operatorKey: string;
  stop(): Promise<void>;
}

/** The graph as five processes on free ports (partners first: it migrates the keys). */
export async function startProcessStack(databaseUrl: string, env: Record<string, string> = {}): Promise<ProcessStack> {
  ensureBuilt();
  const ports = {
    gateway: await freePort(),
    partners: await freePort(),
    vouchers: await freePort(),
    payments: await freePort(),
    events: await freePort(),
  };
  const operatorKey = `psg_operator_${"k".repeat(40)}`;
  const common: Record<string, string> = {
    HOST: "127.0.0.1",
    DATABASE_URL: databaseUrl,
    INTERNAL_SECRET: "process-test-internal-secret-0123456789abcdef",
    BOOTSTRAP_OPERATOR_KEY: operatorKey,
    LOG_LEVEL: "info",
    ...Object.fromEntries(SUBGRAPHS.map((name) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${ports[name]}/graphql`])),
    ...env,
  };
  const processes = {} as Record<ServiceName, BuiltProcess>;
  const all = () => Object.values(processes);
  const stop = async () => {
    await Promise.all(all().map((p) => p.stop()));
  };
  try {
    processes.partners = startProcess("partners", { ...common, PORT: String(ports.partners) });
    await waitForReady(`http://127.0.0.1:${ports.partners}/ready`, all());
    for (const name of ["vouchers", "payments", "events", "gateway"] as const)
      processes[name] = startProcess(name, { ...common, PORT: String(ports[name]) });
    await waitForReady(`http://127.0.0.1:${ports.gateway}/ready`, all());
  } catch (error) {
    await stop();
    throw error;
  }
  return { gatewayUrl: `http://127.0.0.1:${ports.gateway}/graphql`, processes, operatorKey, stop };
}
