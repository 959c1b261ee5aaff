import { type Clock, type Config, InternalClient, type Logger, openDatabase, requireDatabaseUrl, systemClock } from "@psg/shared";
import { type Runner, run, type Task } from "graphile-worker";
import type { DataSource } from "typeorm";
import { entities, migrations, SCHEMA } from "../database";
import { attemptDelivery } from "../delivery/deliver";
import { DELIVER_TASK, type DeliverPayload, enqueueSql } from "../delivery/delivery.queue";
import { migrateJobQueue, queueLogger } from "../job-queue";
import { Relay } from "../relay/relay";
import { DEADLINES_CRONTAB, DEADLINES_TASK, recordDeadlines } from "./deadlines";

export interface RunningWorker {
  db: DataSource;
  /** Relays every waiting outbox event now (tests and the relay loop). */
  relay(): Promise<number>;
  close(): Promise<void>;
}

/** A loop that runs `step` every `intervalMs` (sooner after a busy step) until stopped. */
function loop(name: string, intervalMs: number, step: () => Promise<boolean>, log: Logger) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const tick = () => {
    running = step()
      .then((busy) => busy)
      .catch((error) => {
        log.warn({ err: error, loop: name }, "worker loop step failed");
        return false;
      })
      .then((busy) => {
        if (!stopped) timer = setTimeout(tick, busy ? 0 : intervalMs);
      });
  };
  tick();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/**
 * Re-queues deliveries whose job was lost (its worker died mid-attempt, or before it took the
 * job): pending, overdue by `rescueAfterMs` and held by nobody. The job key keeps this from
 * adding a second waiting job; the hold in `attemptDelivery` from sending twice at once.
 */
async function rescueLostDeliveries(db: DataSource, now: Date, rescueAfterMs: number): Promise<number> {
  const rows: { queued: number }[] = await db.query(
    enqueueSql(
      `SELECT "id" FROM "events"."webhook_deliveries"
       WHERE "status" = 'PENDING' AND "next_attempt_at" < $1::timestamptz - ($2 || ' milliseconds')::interval
         AND ("locked_until" IS NULL OR "locked_until" < $1)
       ORDER BY "next_attempt_at" LIMIT 1000`,
      "NULL::timestamptz",
      "preserve_run_at",
    ),
    [now, String(rescueAfterMs)],
  );
  return rows[0]?.queued ?? 0;
}

/**
 * The worker process: the relay from every outbox, webhook deliveries from the job queue
 * (graphile-worker, in the events database), the rescue of lost deliveries, and the
 * scheduled deadline sweeps of every subgraph. As many
 * workers as needed may run; the relay runs in one at a time.
 */
export async function startWorker(config: Config, log: Logger, clock: Clock = systemClock): Promise<RunningWorker> {
  const connectionString = requireDatabaseUrl(config);
  const db = await openDatabase({ url: connectionString, schema: SCHEMA, entities, migrations, log });
  await migrateJobQueue(connectionString, log);
  const relay = new Relay(db, config.databaseUrls, clock, log);
  const deliver: Task = async (payload) => {
    await attemptDelivery(db, (payload as DeliverPayload).deliveryId, { policy: config.policy.webhooks, clock, log });
  };
  const services = new InternalClient("events", config, log);
  const deadlines: Task = async () => {
    await recordDeadlines(services, clock.now(), log);
  };
  let runner: Runner;
  try {
    runner = await run({
      connectionString,
      concurrency: config.worker.concurrency,
      noHandleSignals: true,
      pollInterval: 1_000,
      logger: queueLogger(log),
      taskList: { [DELIVER_TASK]: deliver, [DEADLINES_TASK]: deadlines },
      crontab: DEADLINES_CRONTAB,
    });
  } catch (error) {
    await relay.close();
    await db.destroy();
    throw error;
  }
  const relayLoop = loop("relay", config.worker.relayPollMs, async () => (await relay.relayOnce()) > 0, log);
  const rescueLoop = loop(
    "rescue",
    Math.max(100, Math.floor(config.worker.rescueAfterMs / 2)),
    async () => {
      const queued = await rescueLostDeliveries(db, clock.now(), config.worker.rescueAfterMs);
      if (queued > 0) log.info({ queued }, "re-queued deliveries whose job was lost");
      return false;
    },
    log,
  );
  log.info({ concurrency: config.worker.concurrency }, "worker started");
  let closing: Promise<void> | undefined;
  const close = async () => {
    await relayLoop.stop();
    await rescueLoop.stop();
    await runner.stop();
    await relay.close();
    if (db.isInitialized) await db.destroy();
  };
  return { db, relay: () => relay.relayOnce(), close: () => (closing ??= close()) };
}
