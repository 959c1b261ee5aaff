import { Client } from "pg";
import { DataSource, type EntitySchema, type MixedList, type Logger as OrmLogger } from "typeorm";
import type { Logger } from "./logger";
import { RequestBoundsSubscriber } from "./request-bounds";

/** Called with every SQL statement the process sends and its parameters (tests count and EXPLAIN them). */
export const sqlListeners = new Set<(query: string, parameters: unknown[]) => void>();

class PinoOrmLogger implements OrmLogger {
  constructor(private readonly pino: Logger) {}
  logQuery(query: string, parameters?: unknown[]): void {
    for (const listener of sqlListeners) listener(query, parameters ?? []);
    this.pino.trace({ query }, "sql");
  }
  logQueryError(error: string | Error, query: string): void {
    this.pino.debug({ err: error, query }, "sql failed");
  }
  logQuerySlow(time: number, query: string): void {
    // `time` is pino's timestamp key: the duration gets a name of its own
    this.pino.warn({ durationMs: time, query }, "slow sql");
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.pino.info(message);
  }
  log(level: "log" | "info" | "warn", message: unknown): void {
    this.pino[level === "warn" ? "warn" : "debug"]({ message }, "typeorm");
  }
}

export interface DatabaseOptions {
  url: string;
  /** The PostgreSQL schema this subgraph owns. */
  schema: string;
  // biome-ignore lint/complexity/noBannedTypes: TypeORM's own signature
  entities: MixedList<Function | string | EntitySchema>;
  // biome-ignore lint/complexity/noBannedTypes: TypeORM's own signature
  migrations: MixedList<Function | string>;
  log: Logger;
  poolSize?: number;
  /** PostgreSQL cancels any statement running longer (DB_STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs?: number;
}

const CONNECT_TIMEOUT_MS = 5_000;

/** A stable 64-bit advisory-lock key per schema, so subgraphs migrate independently. */
const lockKey = (schema: string): number => {
  let hash = 0;
  for (const ch of `psg-migrate:${schema}`) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
  return hash;
};

/**
 * Connects, creates the subgraph's schema and runs its migrations. Several processes may
 * start at once: an advisory lock lets one migrate while the others wait, and migrations
 * already applied are skipped.
 */
export async function openDatabase(options: DatabaseOptions): Promise<DataSource> {
  // a database that cannot be reached is reported within seconds, not after the OS gives up
  const lock = new Client({ connectionString: options.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [lockKey(options.schema)]);
    await lock.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
    const dataSource = new DataSource({
      type: "postgres",
      url: options.url,
      schema: options.schema,
      entities: options.entities,
      migrations: options.migrations,
      migrationsTableName: "migrations",
      migrationsTransactionMode: "each",
      synchronize: false,
      uuidExtension: "pgcrypto",
      installExtensions: false,
      logger: new PinoOrmLogger(options.log),
      maxQueryExecutionTime: 1000,
      poolSize: options.poolSize ?? 10,
      subscribers: [RequestBoundsSubscriber],
      connectTimeoutMS: CONNECT_TIMEOUT_MS,
      extra: {
        application_name: `psg-${options.schema}`,
        ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
      },
    });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations();
    } catch (error) {
      await dataSource.destroy();
      throw error;
    }
    return dataSource;
  } finally {
    await lock.query("SELECT pg_advisory_unlock($1)", [lockKey(options.schema)]).catch(() => undefined);
    await lock.end();
  }
}
