import "reflect-metadata";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureDatabase, startEmbeddedPostgres } from "@psg/shared";
import { formatResults, type Result, runScenario } from "./bench/run";
import { benchScenarios } from "./bench/scenarios";
import { formatWebhookResult, runWebhookScenario } from "./bench/webhooks";
import { startInProcessStack } from "./in-process";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
/** Voucher create + cancel pairs of the webhook scenario (two events each). */
const TRANSITION_PAIRS = Number(process.env.BENCH_WEBHOOK_PAIRS ?? 250);

/**
 * Latency, throughput and SQL statements per request of the graph's main operations, the
 * whole stack in one process on a fresh database (DATABASE_URL's server when set).
 */
async function main(): Promise<void> {
  const embedded = process.env.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ dataDir: join(mkdtempSync(join(tmpdir(), "psg-bench-")), "pg"), persistent: false });
  const server = process.env.DATABASE_URL ?? (embedded?.url as string);
  const databaseUrl = await ensureDatabase(server, `psg_bench_${Date.now()}`);
  const stack = await startInProcessStack(databaseUrl, { RATE_LIMIT_PER_MINUTE: "0" });
  try {
    const results: Result[] = [];
    for (const scenario of await benchScenarios(stack)) {
      results.push(await runScenario(stack.gatewayUrl, scenario, REQUESTS, CONCURRENCY));
    }
    process.stdout.write(
      `\n${REQUESTS} requests per scenario, ${CONCURRENCY} at a time, gateway + 4 subgraphs in one process\n\n`,
    );
    process.stdout.write(`${formatResults(results)}\n`);
    const webhooks = await runWebhookScenario(stack, TRANSITION_PAIRS, CONCURRENCY);
    process.stdout.write(
      `\nWith a worker and one subscribed endpoint (delivery lag: commit to arrival at a loopback receiver)\n\n`,
    );
    process.stdout.write(`${formatWebhookResult(webhooks)}\n`);
  } finally {
    await stack.stop();
    await embedded?.stop();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
