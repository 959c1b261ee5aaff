import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedPostgres } from "../../shared/src/embedded-postgres";
import { ensureChromium } from "./chromium";

/**
 * One PostgreSQL server for the run: DATABASE_URL's when set, else a private embedded one
 * in a temporary directory. Each jest worker then makes its own database on it. Chromium is
 * installed first when missing (the browser CORS test drives it).
 */
export default async function globalSetup(): Promise<void> {
  ensureChromium();
  if (process.env.DATABASE_URL) {
    process.env.PSG_TEST_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "psg-test-"));
  const server = await startEmbeddedPostgres({ dataDir: join(dir, "pg"), persistent: false });
  process.env.PSG_TEST_SERVER_URL = server.url;
  (globalThis as { __psgPostgres?: typeof server }).__psgPostgres = server;
}
