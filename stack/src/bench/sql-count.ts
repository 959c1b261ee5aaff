import { Client } from "pg";

/**
 * Counts the SQL statements the services run on one database, from pg_stat_statements
 * (which counts as each statement ends). Null when the server has not loaded it.
 */
export async function sqlCounter(databaseUrl: string): Promise<{ read(): Promise<number | null>; close(): Promise<void> }> {
  const client = new Client({ connectionString: databaseUrl, application_name: "psg-bench" });
  await client.connect();
  const loaded = await client
    .query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
    .then(() => client.query("SELECT 1 FROM pg_stat_statements LIMIT 1"))
    .then(() => true)
    .catch(() => false);
  return {
    read: async () => {
      if (!loaded) return null;
      const { rows } = await client.query(
        `SELECT coalesce(sum("calls"), 0)::bigint AS "n" FROM pg_stat_statements
         WHERE "dbid" = (SELECT "oid" FROM pg_database WHERE "datname" = current_database())
           AND "query" NOT ILIKE '%pg_stat_statements%'`,
      );
      return Number(rows[0].n);
    },
    close: () => client.end(),
  };
}
