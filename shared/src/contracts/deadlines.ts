import { internalQuery } from "./internal-query";

/**
 * Each owning subgraph's deadline sweep, as the worker's scheduled job calls it: finds its
 * due time-driven events at `now`, marks them and records them, once each; answers how many.
 */
export interface DeadlineSweepVariables {
  /** ISO 8601; the instant the scheduled job runs for. */
  now: string;
}

export const ENROLLMENT_DEADLINES = internalQuery<DeadlineSweepVariables, { recordEnrollmentDeadlines: number }>(
  "partners",
  "mutation ($now: DateTime) { recordEnrollmentDeadlines(now: $now) }",
);
export const VOUCHER_DEADLINES = internalQuery<DeadlineSweepVariables, { recordVoucherDeadlines: number }>(
  "vouchers",
  "mutation ($now: DateTime) { recordVoucherDeadlines(now: $now) }",
);
export const PAYMENT_DEADLINES = internalQuery<DeadlineSweepVariables, { recordPaymentDeadlines: number }>(
  "payments",
  "mutation ($now: DateTime) { recordPaymentDeadlines(now: $now) }",
);
