import type { EntityManager } from "typeorm";
import type { OrganizationKind } from "./principal";

/** An organisation that may see an event; operators see every event. */
export interface Audience {
  kind: Exclude<OrganizationKind, "OPERATOR">;
  id: string;
}

/**
 * One change as integrations learn of it (api.md, Events and webhooks): `type` is
 * `resource.action`, `data` holds no more than every audience may read through the API.
 */
export interface EventDraft {
  type: string;
  subjectType: string;
  subjectId: string;
  audiences: Audience[];
  data: Record<string, unknown>;
}

/** SQL for the outbox table every subgraph keeps in its own schema. */
export const outboxTableSql = (schema: string): string => `
  CREATE TABLE "${schema}"."outbox" (
    "id" bigserial PRIMARY KEY,
    "type" text NOT NULL,
    "subject_type" text NOT NULL,
    "subject_id" text NOT NULL,
    "occurred_at" timestamptz NOT NULL,
    "audiences" text[] NOT NULL,
    "data" jsonb NOT NULL,
    "published_at" timestamptz
  );
  CREATE INDEX "outbox_unpublished_idx" ON "${schema}"."outbox" ("id") WHERE "published_at" IS NULL;`;

export const audienceKey = (audience: Audience): string => `${audience.kind}:${audience.id}`;

const schemaOf = (manager: EntityManager): string => (manager.connection.options as { schema?: string }).schema ?? "public";

/** Records an event in the subgraph's outbox, inside the caller's transaction. */
export async function recordEvent(manager: EntityManager, event: EventDraft, occurredAt: Date): Promise<void> {
  await manager.query(
    `INSERT INTO "${schemaOf(manager)}"."outbox" ("type", "subject_type", "subject_id", "occurred_at", "audiences", "data")
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      event.type,
      event.subjectType,
      event.subjectId,
      occurredAt,
      [...new Set(event.audiences.map(audienceKey))],
      JSON.stringify(event.data),
    ],
  );
}
