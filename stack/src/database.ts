import { join } from "node:path";
import { databaseProblem, ensureDatabase, type RunningPostgres, startEmbeddedPostgres } from "@psg/shared";
import { Client } from "pg";
import { dataDir } from "./local-state";

/** Fails within seconds, naming DATABASE_URL, when the server cannot be used. */
async function checkReachable(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw databaseProblem(error, "DATABASE_URL", url);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * DATABASE_URL when set (used as it is); otherwise a private PostgreSQL server kept under
 * .data/ with one database for the whole graph.
 */
export async function ensureLocalDatabase(): Promise<{ url: string; embedded?: RunningPostgres }> {
  const given = process.env.DATABASE_URL;
  if (given) {
    await checkReachable(given);
    return { url: given };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: join(dataDir(), "postgres"), persistent: true });
  return { url: await ensureDatabase(embedded.url, "planning_services"), embedded };
}
