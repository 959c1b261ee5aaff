import type { DeepPartial, EntityTarget, FindOptionsWhere, ObjectLiteral } from "typeorm";
import type { RequestContext } from "./context";
import { isUniqueViolation } from "./errors";
import { type ChangeEvent, recordChange } from "./transition";

export interface UpsertLabel<T> {
  /** The audit entity and event resource, e.g. "offering". */
  resource: string;
  id: (row: T) => string;
  /** The outbox event of the change; none when omitted. */
  event?: (saved: T, created: boolean) => ChangeEvent;
}

/**
 * Creates or updates the one row `where` names, locking it first, and records the change
 * (`<resource>.created` or `.updated`, before → after) through `recordChange` in the same
 * transaction. When a concurrent call created the row first (a unique violation), it runs
 * once more and updates that row instead.
 */
export async function upsertAudited<T extends ObjectLiteral>(
  ctx: RequestContext,
  target: EntityTarget<T>,
  where: FindOptionsWhere<T>,
  values: DeepPartial<T>,
  label: UpsertLabel<T>,
): Promise<T> {
  const attempt = () =>
    ctx.db.transaction(async (manager) => {
      const before = await manager.findOne(target, { where, lock: { mode: "pessimistic_write" } });
      const row = before ? manager.merge(target, manager.create(target, { ...before }), values) : manager.create(target, values);
      const saved = await manager.save(target, row);
      await recordChange(ctx, manager, {
        resource: label.resource,
        id: label.id(saved),
        action: before ? "updated" : "created",
        before: before ?? undefined,
        after: saved,
        event: label.event?.(saved, before === null),
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

export interface CreateLabel<T> {
  /** The audit entity and event resource, e.g. "partner_location". */
  resource: string;
  /** What the audit row keeps of the new row; the whole row by default. */
  after?: (saved: T) => unknown;
  /** The answer when a unique constraint (`constraint`, or any) says the row exists already; throws. */
  duplicate?: () => never;
  constraint?: string;
  /** The outbox event of the creation; none when omitted. */
  event?: (saved: T) => ChangeEvent;
}

/** Inserts one row and records its creation (`<resource>.created`) through `recordChange`, in one transaction. */
export async function createRecorded<T extends ObjectLiteral & { id: string }>(
  ctx: RequestContext,
  target: EntityTarget<T>,
  values: DeepPartial<T>,
  label: CreateLabel<T>,
): Promise<T> {
  try {
    return await ctx.db.transaction(async (manager) => {
      const saved = await manager.save(target, manager.create(target, values));
      await recordChange(ctx, manager, {
        resource: label.resource,
        id: saved.id,
        action: "created",
        after: label.after ? label.after(saved) : saved,
        event: label.event?.(saved),
      });
      return saved;
    });
  } catch (error) {
    if (label.duplicate && isUniqueViolation(error, label.constraint)) label.duplicate();
    throw error;
  }
}
