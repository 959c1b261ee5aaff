import { type ErrorCode, notFound } from "./errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** IDs are opaque to clients, but ours are UUIDs: anything else names nothing. */
export const isUuid = (value: string): boolean => UUID.test(value);

/** What a request answers when an id names nothing it may act on; it throws. */
export type Missing = () => never;

/**
 * The answer for an id that names nothing: `missing("Voucher", "VOUCHER_NOT_FOUND")`. One per
 * meaning, shared by the edge check (a malformed id) and the lookup (an unknown id), so both
 * get the same code and sentence.
 */
export const missing =
  (what: string, code: ErrorCode = "NOT_FOUND"): Missing =>
  () =>
    notFound(what, code);

/**
 * An id from a client, checked at the edge: returned when it can name something; otherwise
 * `orElse` throws the same answer an unknown id gets, and no query runs.
 */
export function requireId(id: string, orElse: Missing): string {
  if (!isUuid(id)) orElse();
  return id;
}

/** Every id of a list, checked at the edge like `requireId`. */
export function requireIds(ids: readonly string[], orElse: Missing): string[] {
  if (!ids.every(isUuid)) orElse();
  return [...ids];
}

/** The id, or null when it cannot name anything (nullable lookups and references answer null). */
export const idOrNull = (id: string): string | null => (isUuid(id) ? id : null);

/** The ids of a batch that can name something; the rest are answered without a query. */
export const wellFormedIds = (ids: readonly string[]): string[] => ids.filter(isUuid);

/** Crockford's base32 alphabet: readable identifiers (no I, L, O, U) that people read out and type. */
export const CROCKFORD_BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
