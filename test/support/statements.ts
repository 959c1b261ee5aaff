import { sqlListeners } from "@psg/shared";

/**
 * The key lookup of CachedKeyVerifier: every service refreshes the answers for keys in use
 * in the background, whichever request happens to be running, so it is no request's cost.
 */
const isKeyLookup = (query: string) => query.includes(`FROM "partners"."api_keys"`) && query.includes(`"key_hash" = ANY(`);

/** Counts the SQL statements the services of this process send, key lookups aside. */
export const requestStatements = (() => {
  const counter = { count: 0 };
  sqlListeners.add((query) => {
    if (!isKeyLookup(query)) counter.count += 1;
  });
  return counter as { readonly count: number };
})();
