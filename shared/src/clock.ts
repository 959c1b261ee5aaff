import { DomainError } from "./errors";

/** The one source of "now". Rules receive the instant; they never read the clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export const SANDBOX_TIME_HEADER = "x-sandbox-time";

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The request's "now": the sandbox header when sandbox time is on, else the clock. */
export function requestNow(header: string | undefined, sandboxTime: boolean, clock: Clock = systemClock): Date {
  if (!sandboxTime || header === undefined || header === "") return clock.now();
  const at = ISO_DATETIME.test(header) ? new Date(header) : new Date(Number.NaN);
  if (Number.isNaN(at.getTime())) {
    throw new DomainError("BAD_USER_INPUT", `${SANDBOX_TIME_HEADER} must be an ISO 8601 date-time, got "${header}".`, 200);
  }
  return at;
}

const DAY_MS = 86_400_000;

export const addDays = (at: Date, days: number): Date => new Date(at.getTime() + days * DAY_MS);

/** The same UTC date and time `years` later (29 February becomes 1 March in a common year). */
export function addYears(at: Date, years: number): Date {
  const later = new Date(at.getTime());
  later.setUTCFullYear(later.getUTCFullYear() + years);
  return later;
}

/** The UTC calendar date of an instant, as YYYY-MM-DD. */
export const toDateString = (at: Date): string => at.toISOString().slice(0, 10);

/** The calendar date `days` after a YYYY-MM-DD date (before it when `days` is negative). */
export const dateAfter = (date: string, days: number): string => toDateString(addDays(new Date(`${date}T00:00:00Z`), days));

/** Whole days from one YYYY-MM-DD date to another, both inclusive. */
export const daysInclusive = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
