import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { loadConfig, SUBGRAPHS } from "@psg/shared";
import { Client } from "pg";
import { dataDir } from "./local-state";

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * `npm run reset`: empties the local demo, so the next `npm start` seeds it anew. Without
 * DATABASE_URL it removes `.data/` (database and generated keys); with it, it drops the
 * subgraphs' schemas there. Refused with NODE_ENV=production.
 */
async function main(): Promise<void> {
  if (process.env.NODE_ENV === "production") throw new Error("npm run reset is refused when NODE_ENV=production");
  loadConfig("partners", process.env);
  const dir = dataDir();
  const url = process.env.DATABASE_URL;
  if (url) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    await client.connect();
    try {
      for (const schema of SUBGRAPHS) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    } finally {
      await client.end();
    }
    for (const file of ["demo-keys.json", "sandbox.json"]) rmSync(join(dir, file), { force: true });
    process.stdout.write(`Dropped the schemas ${SUBGRAPHS.join(", ")} of DATABASE_URL; \`npm start\` seeds the demo again.\n`);
    return;
  }
  const pidFile = join(dir, "postgres", "postmaster.pid");
  const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8").split("\n")[0]) : 0;
  if (pid > 0 && isAlive(pid)) throw new Error("the demo database is running: stop `npm start` (Ctrl-C) first");
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(`Removed ${dir}; the next \`npm start\` makes a new database, keys and demo data.\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`Could not reset: ${error.message}\n`);
  process.exit(1);
});
