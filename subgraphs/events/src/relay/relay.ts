import { type Clock, type Logger, SUBGRAPHS, type SubgraphName } from "@psg/shared";
import { Pool } from "pg";
import type { DataSource } from "typeorm";
import { enqueueSql } from "../delivery/delivery.queue";

/** One relayer at a time across every worker: the global order is the order of relaying. */
const RELAY_LOCK = 0x70736772; // "psgr"
const BATCH = 500;

interface OutboxRow {
  id: string;
  type: string;
  subject_type: string;
  subject_id: string;
  occurred_at: Date;
  audiences: string[];
  data: Record<string, unknown>;
}

/**
 * Moves events from every subgraph's outbox (`<schema>.outbox`, the one table a subgraph
 * publishes to the relay) into the event store, one global order, and queues a delivery for
 * each enabled endpoint that may see and wants the event, in the same transaction. A crash
 * between that commit and marking the outbox rows published repeats nothing: (source,
 * outbox_id) is unique, and only newly stored events get deliveries.
 */
export class Relay {
  private readonly pools = new Map<string, Pool>();
  private readonly sources: { name: SubgraphName; pool: Pool }[];

  constructor(
    private readonly events: DataSource,
    databaseUrls: Record<SubgraphName, string | undefined>,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {
    this.sources = SUBGRAPHS.map((name) => {
      const url = databaseUrls[name];
      if (!url) throw new Error(`no database URL for ${name}`);
      let pool = this.pools.get(url);
      if (!pool) {
        pool = new Pool({ connectionString: url, max: 2, application_name: "psg-relay" });
        pool.on("error", (error) => this.log.warn({ err: error }, "relay connection lost"));
        this.pools.set(url, pool);
      }
      return { name, pool };
    });
  }

  /** Relays what is waiting in every outbox; the number of events newly stored. */
  async relayOnce(): Promise<number> {
    let stored = 0;
    for (const source of this.sources) {
      for (;;) {
        const { count, full } = await this.relaySource(source.name, source.pool);
        stored += count;
        if (!full) break;
      }
    }
    return stored;
  }

  private async relaySource(schema: SubgraphName, pool: Pool): Promise<{ count: number; full: boolean }> {
    const { rows } = await pool.query<OutboxRow>(
      `SELECT "id", "type", "subject_type", "subject_id", "occurred_at", "audiences", "data"
       FROM "${schema}"."outbox" WHERE "published_at" IS NULL ORDER BY "id" LIMIT ${BATCH}`,
    );
    if (rows.length === 0) return { count: 0, full: false };
    const now = this.clock.now();
    const count = await this.events.transaction(async (manager) => {
      const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock(${RELAY_LOCK}) AS "locked"`);
      if (!locked) return null;
      const incoming = rows.map((row) => ({
        outbox_id: row.id,
        type: row.type,
        subject_type: row.subject_type,
        subject_id: row.subject_id,
        occurred_at: row.occurred_at.toISOString(),
        audiences: row.audiences,
        data: row.data,
      }));
      const result: { stored: number }[] = await manager.query(
        `WITH incoming AS (
           SELECT * FROM jsonb_to_recordset($1::jsonb) AS x("outbox_id" bigint, "type" text, "subject_type" text,
             "subject_id" text, "occurred_at" timestamptz, "audiences" text[], "data" jsonb)
         ), stored AS (
           INSERT INTO "events"."events" ("source", "outbox_id", "type", "subject_type", "subject_id", "occurred_at", "recorded_at", "audiences", "data")
           SELECT $2, "outbox_id", "type", "subject_type", "subject_id", "occurred_at", $3, "audiences", "data"
           FROM incoming ORDER BY "outbox_id"
           ON CONFLICT ("source", "outbox_id") DO NOTHING
           RETURNING "id", "type", "audiences"
         ), deliveries AS (
           INSERT INTO "events"."webhook_deliveries" ("endpoint_id", "event_id", "webhook_id", "event_type", "created_at", "next_attempt_at")
           SELECT w."id", s."id", s."id"::text, s."type", $3, $3
           FROM stored s JOIN "events"."webhook_endpoints" w ON w."enabled"
             AND (w."organization_kind" = 'OPERATOR' OR (w."organization_kind" || ':' || w."organization_id") = ANY(s."audiences"))
             AND (cardinality(w."event_types") = 0 OR s."type" = ANY(w."event_types"))
           RETURNING "id"
         ), queued AS (${enqueueSql(`SELECT "id" FROM deliveries`)})
         SELECT (SELECT count(*)::int FROM stored) AS "stored", (SELECT "queued" FROM queued) AS "queued"`,
        [JSON.stringify(incoming), schema, now],
      );
      return result[0].stored;
    });
    if (count === null) return { count: 0, full: false };
    await pool.query(`UPDATE "${schema}"."outbox" SET "published_at" = $2 WHERE "id" = ANY($1::bigint[])`, [
      rows.map((r) => r.id),
      now,
    ]);
    return { count, full: rows.length === BATCH };
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((pool) => pool.end()));
  }
}
