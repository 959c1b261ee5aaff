import type { DeepPartial, EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from "typeorm";
import { isUniqueViolation } from "./errors";
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

/**
 * Creates or updates the one row `where` names, locking it first, and audits the change
 * (before → after) in the same transaction. When a concurrent call created the row first
 * (a unique violation), it runs once more and updates that row instead.
 */
export async function upsertAudited<T extends ObjectLiteral>(
  db: EntityManager,
  actor: Principal,
  at: Date,
  target: EntityTarget<T>,
  where: FindOptionsWhere<T>,
  values: DeepPartial<T>,
  label: { entity: string; id: (row: T) => string },
): Promise<T> {
  const attempt = () =>
    db.transaction(async (manager) => {
      const before = await manager.findOne(target, { where, lock: { mode: "pessimistic_write" } });
      const row = before ? manager.merge(target, manager.create(target, { ...before }), values) : manager.create(target, values);
      const saved = await manager.save(target, row);
      await audit(manager, {
        actor,
        action: `${label.entity}.${before ? "updated" : "created"}`,
        entity: label.entity,
        entityId: label.id(saved),
        before: before ?? undefined,
        after: saved,
        at,
      });
      return saved;
    });
  try {
    return await attempt();
  } catch (error) {
    if (isUniqueViolation(error)) return attempt();
    throw error;
  }
}
