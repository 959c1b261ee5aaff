import { addDays, toDateString } from "@psg/shared";

/** The calendar date `days` after `from` (now by default), as YYYY-MM-DD. */
export const dateIn = (days: number, from: Date = new Date()): string => toDateString(addDays(from, days));

/** The calendar date `years` after `from` (now by default), as YYYY-MM-DD. */
export function dateInYears(years: number, from: Date = new Date()): string {
  const at = new Date(from.getTime());
  at.setUTCFullYear(at.getUTCFullYear() + years);
  return toDateString(at);
}

/** The calendar date `days` after a YYYY-MM-DD date. */
export const dateAfter = (date: string, days: number): string => dateIn(days, new Date(`${date}T00:00:00Z`));

/** The calendar date of a sandbox time (an ISO instant), or of now. */
export const dayOf = (at?: string): string => toDateString(at ? new Date(at) : new Date());
