import "reflect-metadata";
import type { ChildProcess } from "node:child_process";
import { ConfigError, createLogger, DEFAULT_PORTS, graphqlData, loadConfig, type ServiceName, SUBGRAPHS } from "@psg/shared";
import { ensureLocalDatabase } from "./database";
import { DEMO_PARTNER_NAME, seedDemoData } from "./demo";
import { startDemoReceiver } from "./demo/webhooks";
import { largeDataSetKeys } from "./large/keys";
import { keptSecret, readJson, writeJson } from "./local-state";
import { forkService, waitForReady } from "./services";
import type { WebhookReceiver } from "./webhook-receiver";

const log = createLogger("stack", process.env.LOG_LEVEL ?? "info");

/** Every child process of the stack: the services, and one worker. */
type Child = ServiceName | "worker";

/**
 * The one-command local stack: database, secrets, the subgraphs, the gateway and one worker
 * as child processes (restarted if one dies), demo data on an empty database.
 */
async function main(): Promise<void> {
  const production = process.env.NODE_ENV === "production";
  loadConfig("partners", process.env); // the operator's own values first: a bad one is named before anything starts
  const database = await ensureLocalDatabase();
  const operatorKey = process.env.BOOTSTRAP_OPERATOR_KEY ?? keptSecret("bootstrap-operator-key");
  const sandbox = readJson<{ partnerId?: string }>(SANDBOX_FILE) ?? {};
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    INTERNAL_SECRET: process.env.INTERNAL_SECRET ?? keptSecret("internal-secret"),
    BOOTSTRAP_OPERATOR_KEY: operatorKey,
    SANDBOX_TIME: process.env.SANDBOX_TIME ?? (production ? "off" : "on"),
    WEBHOOKS_ALLOW_PRIVATE: process.env.WEBHOOKS_ALLOW_PRIVATE ?? "on",
    // a frontend on any local port may call the gateway; Sandbox opens ready to run
    ...(production
      ? {}
      : {
          CORS_ORIGINS: process.env.CORS_ORIGINS ?? "http://localhost:*",
          SANDBOX_DEMO_KEY: process.env.SANDBOX_DEMO_KEY ?? operatorKey,
          ...(sandbox.partnerId ? { SANDBOX_DEMO_PARTNER_ID: sandbox.partnerId } : {}),
        }),
  };
  const gatewayPort = Number(process.env.PORT ?? DEFAULT_PORTS.gateway);

  let stopping = false;
  let started = false;
  let receiver: WebhookReceiver | undefined;
  const children = new Map<Child, ChildProcess>();
  const spawn = (service: Child, restarts = 0) => {
    const port = service === "gateway" ? gatewayPort : service === "worker" ? DEFAULT_PORTS.events : DEFAULT_PORTS[service];
    const child = forkService(service, { ...env, PORT: String(port) });
    children.set(service, child);
    child.on("exit", (code, signal) => {
      if (stopping || children.get(service) !== child) return;
      if (!started) {
        // a service that cannot start will not start on a retry either: it has said why
        process.stderr.write(
          `Could not start the stack: the ${service} service stopped while starting (see its message above).\n`,
        );
        void stop("failed", 1);
        return;
      }
      const delay = Math.min(30_000, 500 * 2 ** restarts);
      log.warn({ service, code, signal, restartInMs: delay }, "a service stopped; restarting it");
      setTimeout(() => spawn(service, restarts + 1), delay);
    });
  };
  // fail early, with every problem listed, before starting anything
  const graceMs = loadConfig("gateway", env).shutdownGraceMs;
  // each child drains on SIGTERM (requests in flight finish within the grace period); one that hangs is killed
  const stop = async (signal: NodeJS.Signals | "failed", exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping the stack: each service finishes its requests in flight");
    await Promise.all(
      [...children.values()].map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const hung = setTimeout(() => child.kill("SIGKILL"), graceMs + 15_000);
            child.once("exit", () => {
              clearTimeout(hung);
              resolve();
            });
            child.kill("SIGTERM");
          }),
      ),
    );
    await receiver?.close();
    await database.embedded?.stop();
    process.exit(exitCode);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  // partners first: it owns the keys and migrates the schema others' callers depend on
  spawn("partners");
  await waitForReady(`http://127.0.0.1:${DEFAULT_PORTS.partners}/ready`, 60_000);
  for (const service of SUBGRAPHS.filter((s) => s !== "partners")) spawn(service);
  spawn("gateway");
  spawn("worker");
  await waitForReady(`http://127.0.0.1:${gatewayPort}/ready`, 60_000);
  const restartGateway = async () => {
    const old = children.get("gateway");
    children.delete("gateway");
    await new Promise<void>((resolve) => {
      old?.once("exit", () => resolve());
      old?.kill("SIGTERM");
    });
    spawn("gateway");
    await waitForReady(`http://127.0.0.1:${gatewayPort}/ready`, 60_000);
  };

  const gatewayUrl = `http://localhost:${gatewayPort}/graphql`;
  const demoKeys = await seedDemoData(gatewayUrl, operatorKey, log);
  // a database made by seed:large: its keys, kept when it was seeded
  const keys = [...demoKeys, ...(demoKeys.length === 1 ? largeDataSetKeys(database.url) : [])];
  if (!production) await openSandboxOnDemoPartner(gatewayUrl, operatorKey, env, () => restartGateway());
  const receiverPort = Number(process.env.DEMO_WEBHOOK_PORT ?? 4005);
  if (!production) receiver = await startDemoReceiver(gatewayUrl, operatorKey, receiverPort, log);
  started = true;
  const lines = [
    "",
    "Planning Services Graph is running.",
    `  Apollo Sandbox:  ${gatewayUrl}  (open it in a browser)`,
    `  Database:        ${database.embedded ? "embedded PostgreSQL under .data/" : "DATABASE_URL"}`,
    `  Sandbox time:    ${env.SANDBOX_TIME === "on" ? "on (send x-sandbox-time: <ISO date-time>)" : "off"}`,
    ...(receiver
      ? [`  Webhooks:        every event, signed, to ${receiver.url.replace("127.0.0.1", "localhost")} (logged here)`]
      : []),
    "",
    "Demo API keys (send as Authorization: Bearer <key>):",
    ...keys.map((k) => `  ${k.label.padEnd(34)} ${k.secret}`),
    "",
    "Ctrl-C stops everything.",
    "",
  ];
  process.stdout.write(lines.join("\n"));
}

const SANDBOX_FILE = "sandbox.json";

/**
 * Sandbox's starter operation needs a demo partner's id, known once the demo is seeded:
 * kept for the next start, and on the first one the gateway restarts to show it.
 */
async function openSandboxOnDemoPartner(
  gatewayUrl: string,
  operatorKey: string,
  env: NodeJS.ProcessEnv,
  restartGateway: () => Promise<void>,
): Promise<void> {
  const found = await graphqlData<{ partners: { edges: { node: { id: string } }[] } }>(
    gatewayUrl,
    operatorKey,
    `{ partners(first: 1, search: "${DEMO_PARTNER_NAME}") { edges { node { id } } } }`,
  ).catch(() => undefined);
  const partnerId = found?.partners.edges[0]?.node.id;
  if (!partnerId || partnerId === env.SANDBOX_DEMO_PARTNER_ID) return;
  writeJson(SANDBOX_FILE, { partnerId });
  env.SANDBOX_DEMO_PARTNER_ID = partnerId;
  await restartGateway();
}

main().catch((error: Error) => {
  process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `Could not start the stack: ${error.message}\n`);
  process.exit(1);
});
