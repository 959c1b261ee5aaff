import "reflect-metadata";
import { type ChildProcess, fork } from "node:child_process";
import { createLogger, DEFAULT_PORTS, loadConfig, type ServiceName, SUBGRAPHS } from "@psg/shared";
import { ensureLocalDatabase } from "./database";
import { seedDemoData } from "./demo";
import { largeDataSetKeys } from "./large/keys";
import { keptSecret } from "./local-state";
import { SERVICE_ENTRY, waitForReady } from "./services";

const log = createLogger("stack", process.env.LOG_LEVEL ?? "info");

/**
 * The one-command local stack: database, secrets, the three subgraphs and the gateway as
 * child processes (restarted if one dies), demo data on an empty database.
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
  };
  const gatewayPort = Number(process.env.PORT ?? DEFAULT_PORTS.gateway);
  loadConfig("gateway", env); // fail early, with every problem listed, before starting anything

  let stopping = false;
  const children = new Map<ServiceName, ChildProcess>();
  const spawn = (service: ServiceName, restarts = 0) => {
    const port = service === "gateway" ? gatewayPort : DEFAULT_PORTS[service];
    const child = fork(SERVICE_ENTRY[service], [], { env: { ...env, PORT: String(port) }, stdio: "inherit" });
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
  await waitForReady(`http://127.0.0.1:${gatewayPort}/ready`, 60_000);

  const gatewayUrl = `http://localhost:${gatewayPort}/graphql`;
  const demoKeys = await seedDemoData(gatewayUrl, env.BOOTSTRAP_OPERATOR_KEY as string, log);
  // a database made by seed:large: its keys, kept when it was seeded
  const keys = [...demoKeys, ...(demoKeys.length === 1 ? largeDataSetKeys(database.url) : [])];
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
