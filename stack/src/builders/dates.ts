import { addDays, addYears, toDateString } from "@psg/shared";

export { dateAfter } from "@psg/shared";

/** The calendar date `days` after `from` (now by default), as YYYY-MM-DD. */
export const dateIn = (days: number, from: Date = new Date()): string => toDateString(addDays(from, days));

/** The calendar date `years` after `from` (now by default), as YYYY-MM-DD. */
export const dateInYears = (years: number, from: Date = new Date()): string => toDateString(addYears(from, years));

/** The calendar date of a sandbox time (an ISO instant), or of now. */
export const dayOf = (at?: string): string => toDateString(at ? new Date(at) : new Date());
