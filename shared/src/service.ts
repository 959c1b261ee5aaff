import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { CachedKeyVerifier, type KeyCacheTimes } from "./api-keys";
import { type Config, ConfigError, loadConfig, type ServiceName } from "./config";
import { API_KEY_PRINCIPALS } from "./contracts/partners";
import { openDatabase } from "./database";
import { InternalClient } from "./internal-client";
import { createLogger, type Logger } from "./logger";
import { type RunningServer, startSubgraphServer } from "./server";
import { databaseProblem } from "./startup-errors";
import { stopTelemetry } from "./telemetry";

export interface RunningService extends RunningServer {
  db?: DataSource;
}

export type StartService = (config: Config, log: Logger) => Promise<RunningService>;

/** The URL a subgraph stores its data at: its own, or the shared DATABASE_URL. */
export function requireDatabaseUrl(config: Config): string {
  if (!config.databaseUrl) {
    throw new ConfigError([
      `DATABASE_URL (or ${config.service.toUpperCase()}_DATABASE_URL) is required; \`npm start\` provides one for local use.`,
    ]);
  }
  return config.databaseUrl;
}

/** Which variable named the database a subgraph uses. */
const databaseVariable = (config: Config, env: NodeJS.ProcessEnv = process.env): string => {
  const own = `${config.service.toUpperCase()}_DATABASE_URL`;
  return env[own] ? own : "DATABASE_URL";
};

/** Entry point of one production process: configure, start, and on SIGTERM or SIGINT drain, then exit. */
export async function runService(service: ServiceName, start: StartService): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(service);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  const log = createLogger(service, config.logLevel);
  let running: RunningService;
  try {
    running = await start(config, log);
  } catch (error) {
    if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
    else log.fatal({ err: error }, "could not start");
    process.exit(1);
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, graceMs: config.shutdownGraceMs }, "stopping: finishing requests in flight");
    // requests get the grace period; closing the rest (Apollo, the pool) must not hang the exit
    setTimeout(() => process.exit(1), config.shutdownGraceMs + 10_000).unref();
    await running.close().catch((error) => log.error({ err: error }, "error while stopping"));
    await stopTelemetry();
    log.info("stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

/** Subgraphs other than partners ask partners, which owns the keys, and cache the answer. */
export function remoteKeyVerifier(client: InternalClient, times?: KeyCacheTimes): CachedKeyVerifier {
  return new CachedKeyVerifier(async (keyHashes) => {
    const principals = (await client.ask(API_KEY_PRINCIPALS, { keyHashes: [...keyHashes] }))._apiKeyPrincipals;
    return principals.map((principal) => (principal ? { kind: "KEY", ...principal } : null));
  }, times);
}

export interface SubgraphDefinition {
  /** The PostgreSQL schema the subgraph owns. */
  schema: string;
  // biome-ignore lint/complexity/noBannedTypes: TypeORM's own signature
  entities: Function[];
  // biome-ignore lint/complexity/noBannedTypes: TypeORM's own signature
  migrations: Function[];
  buildSchema: () => Promise<GraphQLSchema>;
  /** How this subgraph checks API keys; by default it asks the partners subgraph. */
  keyVerifier?: (db: DataSource) => CachedKeyVerifier;
  /** Work after migrations, before serving (e.g. the bootstrap key). */
  prepare?: (db: DataSource, config: Config) => Promise<void>;
}

/** Connects, migrates and serves one subgraph: the same anatomy for all three. */
export async function startSubgraph(definition: SubgraphDefinition, config: Config, log: Logger): Promise<RunningService> {
  const url = requireDatabaseUrl(config);
  const db = await openDatabase({
    url,
    schema: definition.schema,
    entities: definition.entities,
    migrations: definition.migrations,
    log,
    statementTimeoutMs: config.dbStatementTimeoutMs,
  }).catch((error: unknown) => {
    throw databaseProblem(error, databaseVariable(config), url);
  });
  try {
    await definition.prepare?.(db, config);
    const verifier = definition.keyVerifier?.(db) ?? remoteKeyVerifier(new InternalClient(config.service, config, log));
    const server = await startSubgraphServer({
      config,
      schema: await definition.buildSchema(),
      db,
      log,
      verifyKey: (secret) => verifier.verify(secret),
    });
    let closing: Promise<void> | undefined;
    const close = async () => {
      await server.close();
      if (db.isInitialized) await db.destroy();
    };
    return { ...server, db, close: () => (closing ??= close()) };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
