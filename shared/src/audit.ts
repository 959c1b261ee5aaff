import type { EntityManager } from "typeorm";
import type { Principal } from "./principal";

export interface AuditEntry {
  actor: Principal;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  at: Date;
}

const actorName = (p: Principal): string =>
  p.kind === "KEY" ? `key:${p.apiKeyId}` : p.kind === "SERVICE" ? `service:${p.service}` : "anonymous";

/** SQL for the audit table every subgraph keeps in its own schema. */
export const auditTableSql = (schema: string): string => `
  CREATE TABLE "${schema}"."audit_log" (
    "id" bigserial PRIMARY KEY,
    "at" timestamptz NOT NULL,
    "actor" text NOT NULL,
    "action" text NOT NULL,
    "entity" text NOT NULL,
    "entity_id" text NOT NULL,
    "before" jsonb,
    "after" jsonb
  );
  CREATE INDEX "audit_log_entity_idx" ON "${schema}"."audit_log" ("entity", "entity_id");`;

/** Appends to the subgraph's audit table, inside the caller's transaction. */
export async function audit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  const schema = (manager.connection.options as { schema?: string }).schema ?? "public";
  await manager.query(
    `INSERT INTO "${schema}"."audit_log" ("at", "actor", "action", "entity", "entity_id", "before", "after") VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      entry.at,
      actorName(entry.actor),
      entry.action,
      entry.entity,
      entry.entityId,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
    ],
  );
}
