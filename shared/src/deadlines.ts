import type { EntityManager } from "typeorm";
import { addDays } from "./clock";
import { DomainError } from "./errors";
import { type EventDraft, recordEvent } from "./outbox";
import { type Principal, requireRole } from "./principal";

/**
 * SQL for the table every subgraph with time-driven events keeps in its own schema: one row
 * per event fired, so each fires once however often (and however many workers) look.
 */
export const deadlineEventsTableSql = (schema: string): string => `
  CREATE TABLE "${schema}"."deadline_events" (
    "subject_id" text NOT NULL,
    "mark" text NOT NULL,
    "recorded_at" timestamptz NOT NULL,
    PRIMARY KEY ("subject_id", "mark")
  );`;

/**
 * Records a time-driven event once: the mark (e.g. "voucher.expiring:30") and the outbox
 * event in the caller's transaction; false, writing nothing, when it was recorded before.
 */
export async function recordDeadlineEvent(manager: EntityManager, mark: string, event: EventDraft, now: Date): Promise<boolean> {
  const schema = (manager.connection.options as { schema?: string }).schema ?? "public";
  const inserted: unknown[] = await manager.query(
    `INSERT INTO "${schema}"."deadline_events" ("subject_id", "mark", "recorded_at") VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING RETURNING "mark"`,
    [event.subjectId, mark, now],
  );
  if (inserted.length === 0) return false;
  await recordEvent(manager, event, now);
  return true;
}

/**
 * "Now" for a deadline sweep: the worker (a service) passes the instant its scheduled job
 * runs for; an operator may run a sweep too, at the request's time (sandbox time in tests).
 */
export function deadlineSweepNow(principal: Principal, requestNow: Date, given: Date | null | undefined): Date {
  if (principal.kind === "SERVICE") return given ?? requestNow;
  requireRole(principal, "OPERATOR");
  if (given) throw new DomainError("BAD_USER_INPUT", "Only the worker passes `now`; operators sweep at the request's time.");
  return requestNow;
}

/** Is `now` within `days` before `deadline` (and not past it)? */
export const isDueWithin = (deadline: Date, days: number, now: Date): boolean =>
  now.getTime() >= addDays(deadline, -days).getTime() && now.getTime() < deadline.getTime();
