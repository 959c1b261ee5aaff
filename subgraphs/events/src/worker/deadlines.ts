import { ENROLLMENT_DEADLINES, type InternalClient, type Logger, PAYMENT_DEADLINES, VOUCHER_DEADLINES } from "@psg/shared";

/** The task the worker's crontab runs every minute; graphile-worker runs each minute's once across workers. */
export const DEADLINES_TASK = "record_deadlines";
export const DEADLINES_CRONTAB = `* * * * * ${DEADLINES_TASK}`;

/**
 * Asks every owning subgraph to record its time-driven events due at `now`. Each sweep marks
 * what it recorded, so a repeated run (a retry, a second worker) records nothing twice.
 */
export async function recordDeadlines(client: InternalClient, now: Date, log: Logger): Promise<number> {
  const variables = { now: now.toISOString() };
  const recorded =
    (await client.ask(ENROLLMENT_DEADLINES, variables)).recordEnrollmentDeadlines +
    (await client.ask(VOUCHER_DEADLINES, variables)).recordVoucherDeadlines +
    (await client.ask(PAYMENT_DEADLINES, variables)).recordPaymentDeadlines;
  if (recorded > 0) log.info({ recorded }, "recorded time-driven events");
  return recorded;
}
