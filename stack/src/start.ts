import "reflect-metadata";
import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";
import { createLogger, DEFAULT_PORTS, loadConfig, type ServiceName, SUBGRAPHS } from "@psg/shared";
import { ensureLocalDatabase } from "./database";
import { seedDemoData } from "./demo";
import { keptSecret } from "./local-state";

const log = createLogger("stack", process.env.LOG_LEVEL ?? "info");

/** Every child process of the stack: the services, and one worker. */
type Child = ServiceName | "worker";

const ENTRY: Record<Child, string> = {
  partners: join(__dirname, "..", "..", "subgraphs", "partners", "dist", "main.js"),
  vouchers: join(__dirname, "..", "..", "subgraphs", "vouchers", "dist", "main.js"),
  payments: join(__dirname, "..", "..", "subgraphs", "payments", "dist", "main.js"),
  events: join(__dirname, "..", "..", "subgraphs", "events", "dist", "main.js"),
  worker: join(__dirname, "..", "..", "subgraphs", "events", "dist", "worker", "main.js"),
  gateway: join(__dirname, "..", "..", "gateway", "dist", "main.js"),
};

async function waitForReady(url: string, timeoutMs: number): Promise<void> {
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

/**
 * The one-command local stack: database, secrets, the subgraphs, the gateway and one worker
 * as child processes (restarted if one dies), demo data on an empty database.
 */
async function main(): Promise<void> {
  const production = process.env.NODE_ENV === "production";
  const database = await ensureLocalDatabase();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    INTERNAL_SECRET: process.env.INTERNAL_SECRET ?? keptSecret("internal-secret"),
    BOOTSTRAP_OPERATOR_KEY: process.env.BOOTSTRAP_OPERATOR_KEY ?? keptSecret("bootstrap-operator-key"),
    SANDBOX_TIME: process.env.SANDBOX_TIME ?? (production ? "off" : "on"),
    WEBHOOKS_ALLOW_PRIVATE: process.env.WEBHOOKS_ALLOW_PRIVATE ?? "on",
  };
  const gatewayPort = Number(process.env.PORT ?? DEFAULT_PORTS.gateway);
  loadConfig("gateway", env); // fail early, with every problem listed, before starting anything

  let stopping = false;
  const children = new Map<Child, ChildProcess>();
  const spawn = (service: Child, restarts = 0) => {
    const port = service === "gateway" ? gatewayPort : service === "worker" ? DEFAULT_PORTS.events : DEFAULT_PORTS[service];
    const child = fork(ENTRY[service], [], { env: { ...env, PORT: String(port) }, stdio: "inherit" });
    children.set(service, child);
    child.on("exit", (code, signal) => {
      if (stopping) return;
      const delay = Math.min(30_000, 500 * 2 ** restarts);
      log.warn({ service, code, signal, restartInMs: delay }, "a service stopped; restarting it");
      setTimeout(() => spawn(service, restarts + 1), delay);
    });
  };
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log.info("stopping the stack");
    await Promise.all(
      [...children.values()].map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
          }),
      ),
    );
    await database.embedded?.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());

  // partners first: it owns the keys and migrates the schema others' callers depend on
  spawn("partners");
  await waitForReady(`http://127.0.0.1:${DEFAULT_PORTS.partners}/ready`, 60_000);
  for (const service of SUBGRAPHS.filter((s) => s !== "partners")) spawn(service);
  spawn("gateway");
  spawn("worker");
  await waitForReady(`http://127.0.0.1:${gatewayPort}/ready`, 60_000);

  const gatewayUrl = `http://localhost:${gatewayPort}/graphql`;
  const keys = await seedDemoData(gatewayUrl, env.BOOTSTRAP_OPERATOR_KEY as string, log);
  const lines = [
    "",
    "Planning Services Graph is running.",
    `  Apollo Sandbox:  ${gatewayUrl}  (open it in a browser)`,
    `  Database:        ${database.embedded ? "embedded PostgreSQL under .data/" : "DATABASE_URL"}`,
    `  Sandbox time:    ${env.SANDBOX_TIME === "on" ? "on (send x-sandbox-time: <ISO date-time>)" : "off"}`,
    "",
    "Demo API keys (send as Authorization: Bearer <key>):",
    ...keys.map((k) => `  ${k.label.padEnd(34)} ${k.secret}`),
    "",
    "Ctrl-C stops everything.",
    "",
  ];
  process.stdout.write(lines.join("\n"));
}

main().catch((error: Error) => {
  process.stderr.write(`Could not start the stack: ${error.message}\n`);
  process.exit(1);
});
