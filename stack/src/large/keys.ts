import { readJson } from "../local-state";
import type { LargeKey } from "./seed";

/** Where seed:large keeps the keys it made for a database (beside npm start's own state). */
export const largeKeysFile = (databaseUrl: string): string =>
  `large-keys-${decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) || "postgres"}.json`;

/** The keys seed:large printed for this database, if it made them. */
export const largeDataSetKeys = (databaseUrl: string): LargeKey[] =>
  readJson<{ keys: LargeKey[] }>(largeKeysFile(databaseUrl))?.keys ?? [];
