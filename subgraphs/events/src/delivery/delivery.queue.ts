import type { EntityManager } from "typeorm";

/** The job-queue task that sends one delivery (graphile-worker, in this database). */
export const DELIVER_TASK = "deliver_webhook";
export const JOB_SCHEMA = "graphile_worker";

export interface DeliverPayload {
  deliveryId: string;
}

/**
 * SQL that queues one job per delivery id the subquery `ids` yields (column `id`), inside the
 * caller's transaction, so a delivery row and its job commit together. A job key per
 * delivery keeps at most one waiting job for it.
 */
export const enqueueSql = (ids: string, runAt = "NULL::timestamptz", mode = "replace"): string =>
  `SELECT count(*)::int AS "queued" FROM (
     SELECT "${JOB_SCHEMA}".add_job('${DELIVER_TASK}', json_build_object('deliveryId', q."id"),
       run_at := ${runAt}, job_key := 'delivery:' || q."id", job_key_mode := '${mode}')
     FROM (${ids}) q
   ) j`;

/** Queues the delivery now or at `runAt`, in the caller's transaction. */
export async function enqueueDelivery(manager: EntityManager, deliveryId: string, runAt: Date | null = null): Promise<void> {
  await manager.query(enqueueSql(`SELECT $1::uuid AS "id"`, "$2::timestamptz"), [deliveryId, runAt]);
}
