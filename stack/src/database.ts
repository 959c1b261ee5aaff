import { join } from "node:path";
import { ensureDatabase, type RunningPostgres, startEmbeddedPostgres } from "@psg/shared";
import { dataDir } from "./local-state";

/**
 * DATABASE_URL when set (used as it is); otherwise a private PostgreSQL server kept under
 * .data/ with one database for the whole graph (PSG_DATABASE_NAME, default planning_services).
 */
export async function ensureLocalDatabase(): Promise<{ url: string; embedded?: RunningPostgres }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  const embedded = await startEmbeddedPostgres({ dataDir: join(dataDir(), "postgres"), persistent: true });
  return { url: await ensureDatabase(embedded.url, process.env.PSG_DATABASE_NAME ?? "planning_services"), embedded };
}
