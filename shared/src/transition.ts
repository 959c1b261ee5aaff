import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from "typeorm";
import { audit } from "./audit";
import type { RequestContext } from "./context";
import { DomainError, notFound } from "./errors";
import { type Audience, type EventDraft, recordEvent } from "./outbox";

/** The event a change records: its type defaults to `<resource>.<action>`, its subject to the row. */
export interface ChangeEvent {
  type?: string;
  audiences: Audience[];
  data: Record<string, unknown>;
}

/** What a change needs of its request: who acts, when, and where it writes (a background job passes its own). */
export type ChangeContext = Pick<RequestContext, "principal" | "now" | "db">;

export interface ChangeRecord {
  /** The audit entity and event resource, e.g. "voucher", "payment_request". */
  resource: string;
  id: string;
  /** Past-tense verb: the audit action and event are `<resource>.<action>`. */
  action: string;
  before?: unknown;
  after?: unknown;
  event?: ChangeEvent;
}

/**
 * The audit row and the outbox event of one change, inside the caller's transaction. Every
 * state change records both through here (via `transition`, or directly for creations).
 */
export async function recordChange(ctx: ChangeContext, manager: EntityManager, change: ChangeRecord): Promise<void> {
  const name = `${change.resource}.${change.action}`;
  await audit(manager, {
    actor: ctx.principal,
    action: name,
    entity: change.resource,
    entityId: change.id,
    before: change.before,
    after: change.after,
    at: ctx.now,
  });
  if (change.event) {
    const event: EventDraft = {
      type: change.event.type ?? name,
      subjectType: change.resource,
      subjectId: change.id,
      audiences: change.event.audiences,
      data: change.event.data,
    };
    await recordEvent(manager, event, ctx.now);
  }
}

export interface TransitionSpec<T extends ObjectLiteral, S extends string> {
  /** The entity whose row moves. */
  entity: EntityTarget<T>;
  resource: string;
  id: string;
  /** The property `id` names; "id" unless the row is keyed otherwise (a benefit by its customer). */
  idProperty?: keyof T & string;
  /** Past-tense verb of the move ("reserved", "submitted"). */
  action: string;
  /** The states the row may move from, and the one it moves to. */
  from: readonly S[];
  to: S;
  /** The status property; "status" unless named. */
  statusProperty?: keyof T & string;
  /** The row's state as the rules read it (e.g. a voucher past its expiry reads EXPIRED). */
  statusOf?: (row: T) => S;
  /** Who may act on this row (row-level access), checked on the locked row; throws. */
  authorize?: (row: T) => void;
  /** The row does not exist (or the caller may not know of it); throws. */
  missing?: () => never;
  /** The row is in a state the move does not start from: the domain code; throws. */
  refuse?: (row: T, status: S) => never;
  /** Further checks and the columns that change with the status, in the transaction. */
  change?: (row: T, manager: EntityManager) => Partial<T> | Promise<Partial<T>>;
  /** Work that belongs to the same change, after the row moved (release lines, create rows). */
  afterMove?: (moved: T, manager: EntityManager) => Promise<void>;
  /** What the audit row keeps of the row before and after; the status and changes by default. */
  auditOf?: (before: T, after: T) => { before?: unknown; after?: unknown };
  /** The outbox event of the move; none when omitted. */
  event?: (moved: T, before: T) => ChangeEvent;
}

const invalidState =
  (resource: string) =>
  (_row: unknown, status: string): never => {
    throw new DomainError("INVALID_STATE", `This ${resource.replace(/_/g, " ")} is ${status}; it cannot be changed that way.`);
  };

/**
 * Moves one row along its state machine, in one transaction: the row is locked, the caller's
 * access and the from-state checked (each with its domain code), the row changed only while
 * still in that state (a conditional update whose affected rows are checked), the follow-up
 * work done, the audit row and the outbox event recorded. The only way a status changes.
 */
export async function transition<T extends ObjectLiteral, S extends string>(
  ctx: ChangeContext,
  spec: TransitionSpec<T, S>,
): Promise<T> {
  const statusProperty = spec.statusProperty ?? ("status" as keyof T & string);
  const idProperty = spec.idProperty ?? "id";
  return ctx.db.transaction(async (manager) => {
    const where = { [idProperty]: spec.id } as FindOptionsWhere<T>;
    const before = await manager.findOne(spec.entity, { where, lock: { mode: "pessimistic_write" } });
    if (!before) return (spec.missing ?? (() => notFound(spec.resource.replace(/_/g, " "))))();
    spec.authorize?.(before);
    const status = spec.statusOf ? spec.statusOf(before) : (before[statusProperty] as S);
    if (!spec.from.includes(status)) (spec.refuse ?? invalidState(spec.resource))(before, status);
    const changes = { ...(await spec.change?.(before, manager)), [statusProperty]: spec.to } as Partial<T>;
    const moved = await manager.update(
      spec.entity,
      { [idProperty]: spec.id, [statusProperty]: before[statusProperty] } as FindOptionsWhere<T>,
      changes as never,
    );
    if (moved.affected !== 1) {
      throw new DomainError("CONFLICT", `This ${spec.resource.replace(/_/g, " ")} changed meanwhile; try again.`);
    }
    const after = manager.create(spec.entity, { ...before, ...changes } as never) as T;
    await spec.afterMove?.(after, manager);
    const kept = spec.auditOf?.(before, after) ?? { before: { [statusProperty]: before[statusProperty] }, after: changes };
    await recordChange(ctx, manager, {
      resource: spec.resource,
      id: spec.id,
      action: spec.action,
      ...kept,
      event: spec.event?.(after, before),
    });
    return after;
  });
}
