import type { Logger } from "@psg/shared";
import { Logger as QueueLogger, runMigrations } from "graphile-worker";

/** graphile-worker's log lines through the service's logger. */
export const queueLogger = (log: Logger): QueueLogger =>
  new QueueLogger((scope) => (level, message, meta) => {
    const method = level === "warning" ? "warn" : level === "error" ? "error" : level === "info" ? "info" : "debug";
    log[method]({ queue: scope, ...(meta ?? {}) }, message);
  });

/** Installs or upgrades the job queue's own schema (graphile_worker) in the events database. */
export async function migrateJobQueue(connectionString: string, log: Logger): Promise<void> {
  await runMigrations({ connectionString, logger: queueLogger(log) });
}
