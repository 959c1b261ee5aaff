import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createLogger, ensureDatabase, freePort, startEmbeddedPostgres } from "@psg/shared";
import { SingleBar } from "cli-progress";
import { Client } from "pg";
import { cpuMs, type LimitsOff, rssMb, startServiceProcesses } from "./bench/processes";
import { type BenchResult, formatLimitsComparison, formatTable, latencyChart, type Row, type Target } from "./bench/report";
import { type BenchRequest, load, merge, percentile, type Sample } from "./bench/run";
import { type BenchScenario, benchScenarios, seedKey } from "./bench/scenarios";
import { sqlCounter } from "./bench/sql-count";
import { formatWebhookResult, runWebhookScenario } from "./bench/webhooks";
import { defaultSizes, type LargeSeedResult, type LargeSizes, seedLarge, seedUnits } from "./large/seed";

/** What one target did in one round, for the comparison of rounds. */
interface RoundFigures {
  requests: number;
  seconds: number;
  gatewayCpuMs: number;
}

import { dataDir, readJson, writeJson } from "./local-state";

const USAGE = `npm run bench -- [--vouchers N] [--partners N] [--customers N] [--database NAME]
                 [--seconds S] [--rounds R] [--connections C] [--limits-off all|operation|rate|none] [--no-webhooks]
                 [--only TEXT]

Seeds a data set of N vouchers (default 10000) with seed:large into a database of its own
(default psg_bench_N_P_C, kept for the next run), starts the four subgraphs and two gateways
(one with its operation, cost and rate limits, one without) as separate processes, and sends
each scenario through both gateways, straight to the subgraph where one answers it, and
through Hive Gateway when it is installed, in alternating rounds of S seconds (default 3)
with C connections (default 16), R rounds (default 2); the two gateways run as A B B A within
a round. --limits-off says which limits the second gateway goes without: all of them
(default), only the operation and cost limits, only the rate limits, or none (two equal
gateways: the comparison's noise). Then, unless --no-webhooks, it runs voucher transitions
for R x S seconds through the gateway with an endpoint subscribed and the worker delivering
to a local receiver. Prints the tables, writes them to bench/results/bench-N.json and draws
bench/results/latency.svg from every size measured.
--only runs just the scenarios whose name contains TEXT (and no webhooks), and writes no
results: a partial run must not replace a whole one.`;

interface HiveModule {
  ensureHiveGateway(): Promise<string>;
  startHiveGateway(options: {
    supergraphPath: string;
    port: number;
    env?: NodeJS.ProcessEnv;
  }): Promise<{ url: string; stop(): Promise<void> }>;
}

/** Hive Gateway support, when this build has it (stack/src/hive.ts). */
function hiveModule(): HiveModule | null {
  const file = join(__dirname, "hive.js");
  return existsSync(file) ? (require(file) as HiveModule) : null;
}

/**
 * The slices of one round: each target for the round's length, except that the two gateways,
 * which the limits comparison sets side by side, run as A B B A (A half the time, B all of it,
 * A the other half), so neither gains from going second on a machine that warms or cools
 * during the round, after a short slice of A that is not counted. The last of each slice
 * says whether it is counted.
 */
function pairedSlices<T extends readonly [Target, ...unknown[]]>(ordered: T[]): [...T, number, boolean][] {
  const slices: [...T, number, boolean][] = [];
  for (let i = 0; i < ordered.length; i++) {
    const pair = ordered[i + 1];
    if (pair && [ordered[i][0], pair[0]].sort().join() === "gateway,limits off") {
      // a quarter of a slice unmeasured first: the machine is still busy with the target before
      slices.push(
        [...ordered[i], SETTLE_SHARE, false],
        [...ordered[i], 0.5, true],
        [...pair, 1, true],
        [...ordered[i], 0.5, true],
      );
      i += 1;
    } else {
      slices.push([...ordered[i], 1, true]);
    }
  }
  return slices;
}

/** Warms a target up for a scenario: caches, connections, JIT, and each of the scenario's keys once. */
async function warmUp(scenario: BenchScenario, target: Target, url: string, next: () => BenchRequest): Promise<void> {
  const warm = await load(url, next, 4, 1, scenario.distinct);
  if (warm.errors > 0) process.stdout.write(`  warning: ${scenario.name} via ${target}: ${warm.errors} errors in warm-up\n`);
}

/** The share of a slice sent unmeasured before the two gateways' slices of a round. */
const SETTLE_SHARE = 0.25;

const number = (raw: string | undefined, name: string, fallback: number): number => {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got "${raw}"`);
  return n;
};

/** The bench's database for `sizes`, seeded on first use; its keys are kept beside the local data. */
async function benchDatabase(
  serverUrl: string,
  sizes: LargeSizes,
  database: string | undefined,
): Promise<{ url: string; seed: LargeSeedResult }> {
  const name = database ?? `psg_bench_${sizes.vouchers}_${sizes.partners}_${sizes.customers}`;
  const keysFile = `${name}.json`;
  const kept = readJson<LargeSeedResult>(keysFile);
  const url = await ensureDatabase(serverUrl, name);
  const client = new Client({ connectionString: url });
  await client.connect();
  const seeded = await client
    .query(`SELECT 1 FROM "partners"."partners" LIMIT 1`)
    .then((r) => r.rowCount === 1)
    .catch(() => false);
  await client.end();
  if (seeded && kept) return { url, seed: kept };
  if (seeded) {
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    await admin.end();
    await ensureDatabase(serverUrl, name);
  }
  process.stdout.write(`Seeding ${sizes.vouchers} vouchers into ${name} (once; later runs reuse it)\n`);
  const bar = new SingleBar({
    format: "{bar} {percentage}% | {step} | {duration_formatted}",
    noTTYOutput: true,
    notTTYSchedule: 10_000,
  });
  bar.start(seedUnits(sizes), 0, { step: "migrations" });
  const seed = await seedLarge(url, sizes, createLogger("seed", "error"), (done, step) => bar.update(done, { step }));
  bar.stop();
  writeJson(keysFile, seed);
  return { url, seed };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      vouchers: { type: "string" },
      partners: { type: "string" },
      customers: { type: "string" },
      seconds: { type: "string" },
      rounds: { type: "string" },
      connections: { type: "string" },
      database: { type: "string" },
      "no-webhooks": { type: "boolean" },
      "limits-off": { type: "string" },
      only: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const vouchers = Math.round(number(values.vouchers, "vouchers", 10_000));
  const defaults = defaultSizes(vouchers);
  const sizes: LargeSizes = {
    ...defaults,
    partners: Math.round(number(values.partners, "partners", defaults.partners)),
    customers: Math.round(number(values.customers, "customers", defaults.customers)),
  };
  const seconds = number(values.seconds, "seconds", 3);
  const rounds = Math.round(number(values.rounds, "rounds", 2));
  const connections = Math.round(number(values.connections, "connections", 16));

  const limitsOff = (values["limits-off"] ?? "all") as LimitsOff;
  if (!["all", "operation", "rate", "none"].includes(limitsOff)) {
    throw new Error(`--limits-off must be all, operation, rate or none, got "${values["limits-off"]}"`);
  }

  const embedded = process.env.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: join(dataDir(), "bench-postgres"),
        persistent: true,
        flags: ["-c", "shared_preload_libraries=pg_stat_statements"],
      });
  const stops: (() => Promise<void>)[] = [async () => embedded?.stop()];
  try {
    if (values.database !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(values.database)) {
      throw new Error(`--database must be a lower-case PostgreSQL name, got "${values.database}"`);
    }
    const { url, seed } = await benchDatabase(process.env.DATABASE_URL ?? (embedded?.url as string), sizes, values.database);
    const internalSecret = randomBytes(32).toString("hex");
    const services = await startServiceProcesses(url, internalSecret, limitsOff);
    stops.unshift(services.stop);
    const urls: Partial<Record<Target, string>> = {
      gateway: services.gatewayUrl,
      "limits off": services.gatewayLimitsOffUrl,
    };
    const hive = hiveModule();
    if (hive) {
      await hive.ensureHiveGateway();
      const supergraphPath = join(dataDir(), "bench-supergraph.graphql");
      let supergraph = readFileSync(join(__dirname, "..", "..", "supergraph.graphql"), "utf8");
      for (const [name, subgraphUrl] of Object.entries(services.subgraphUrls)) {
        supergraph = supergraph.replace(new RegExp(`(name: "${name}", url: ")[^"]*(")`), `$1${subgraphUrl}$2`);
      }
      writeFileSync(supergraphPath, supergraph);
      const running = await hive.startHiveGateway({
        supergraphPath,
        port: await freePort(),
        env: { ...process.env, INTERNAL_SECRET: internalSecret },
      });
      stops.unshift(running.stop);
      urls.hive = running.url;
    } else {
      process.stdout.write("Hive Gateway support is not in this build: its column is left out.\n");
    }
    const sql = await sqlCounter(url);
    stops.unshift(sql.close);

    const only = values.only;
    const scenarios = benchScenarios(seed).filter((s) => only === undefined || s.name.includes(only));
    if (scenarios.length === 0) throw new Error(`--only "${only}" matches no scenario`);
    const targetsOf = (s: (typeof scenarios)[number]): [Target, string, Record<string, string>][] => [
      ["gateway", services.gatewayUrl, {}],
      ["limits off", services.gatewayLimitsOffUrl, {}],
      ...(s.subgraph
        ? [
            ["direct", services.subgraphUrls[s.subgraph], { "x-internal-secret": internalSecret }] as [
              Target,
              string,
              Record<string, string>,
            ],
          ]
        : []),
      ...(urls.hive ? [["hive", urls.hive, {}] as [Target, string, Record<string, string>]] : []),
    ];
    const samples = new Map<
      string,
      {
        samples: Sample[];
        statements: number | null;
        rss: Record<string, number>;
        gatewayCpuMs: number;
        rounds: RoundFigures[];
      }
    >();
    process.stdout.write(`\n${rounds} rounds of ${seconds} s per scenario and target, ${connections} connections\n`);
    // the two gateways trade ports and processes half-way, so what one of them gains from its
    // port or its process (it can be several per cent) falls on both sides of the comparison
    const swapAfter = rounds >= 2 ? Math.floor(rounds / 2) : undefined;
    for (let round = 0; round <= rounds; round++) {
      if (round - 1 === swapAfter) {
        process.stdout.write("  the two gateways trade ports, restarted; warming them up again\n");
        await services.swapGateways();
        for (const scenario of scenarios) {
          for (const [target, targetUrl] of targetsOf(scenario)) {
            if (target === "gateway" || target === "limits off") await warmUp(scenario, target, targetUrl, scenario.next);
          }
        }
      }
      for (const scenario of scenarios) {
        const targets = targetsOf(scenario);
        // alternate which target goes first, so none always meets a warmer or busier machine
        const ordered = round % 2 === 0 ? targets : [...targets].reverse();
        for (const [target, targetUrl, extra, share, counted] of round === 0
          ? ordered.map((t) => [...t, 1, true] as const)
          : pairedSlices(ordered)) {
          const next = () => {
            const r = scenario.next();
            return { body: r.body, headers: { ...r.headers, ...extra } };
          };
          if (!counted) {
            await load(targetUrl, next, connections, seconds * share);
            continue;
          }
          if (round === 0) {
            await warmUp(scenario, target, targetUrl, next);
            continue;
          }
          const key = `${scenario.name}\u0000${target}`;
          const entry = samples.get(key) ?? { samples: [], statements: 0, rss: {}, gatewayCpuMs: 0, rounds: [] };
          const peak: Record<string, number> = {};
          // the gateway column is the gateway this target goes through (none for Hive)
          const measured = {
            ...services.pids,
            gateway: target === "limits off" ? services.pids.gatewayLimitsOff : services.pids.gateway,
          };
          const sampleRss = () => {
            for (const [name, pid] of Object.entries(measured)) {
              if ((target === "hive" && name === "gateway") || name === "gatewayLimitsOff" || pid === undefined) continue;
              peak[name] = Math.max(peak[name] ?? 0, rssMb(pid));
            }
          };
          const timer = setInterval(sampleRss, 250);
          const before = await sql.read();
          const cpuBefore = cpuMs(measured.gateway as number);
          const sample = await load(targetUrl, next, connections, seconds * share);
          const sampleCpuMs = cpuMs(measured.gateway as number) - cpuBefore;
          entry.gatewayCpuMs += sampleCpuMs;
          const figures = entry.rounds[round - 1] ?? { requests: 0, seconds: 0, gatewayCpuMs: 0 };
          figures.requests += sample.requests;
          figures.seconds += sample.seconds;
          figures.gatewayCpuMs += sampleCpuMs;
          entry.rounds[round - 1] = figures;
          const after = await sql.read();
          clearInterval(timer);
          sampleRss();
          entry.samples.push(sample);
          entry.statements =
            before === null || after === null || entry.statements === null ? null : entry.statements + (after - before);
          for (const [name, mb] of Object.entries(peak)) entry.rss[name] = Math.max(entry.rss[name] ?? 0, mb);
          samples.set(key, entry);
          process.stdout.write(
            `  round ${round}: ${scenario.name} via ${target}: ${(sample.requests / sample.seconds).toFixed(0)} req/s\n`,
          );
        }
      }
    }
    const rows: Row[] = [];
    for (const scenario of scenarios) {
      for (const [target] of targetsOf(scenario)) {
        const entry = samples.get(`${scenario.name}\u0000${target}`);
        if (!entry) continue;
        const all = merge(entry.samples);
        const sorted = all.latencies.sort((a, b) => a - b);
        rows.push({
          scenario: scenario.name,
          target,
          requests: all.requests,
          errors: all.errors,
          perSecond: all.requests / all.seconds,
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          p99: percentile(sorted, 99),
          rssMb: entry.rss,
          sqlPerRequest: entry.statements === null ? null : entry.statements / all.requests,
          gatewayCpuMsPerRequest:
            target === "gateway" || target === "limits off" ? entry.gatewayCpuMs / Math.max(1, all.requests) : null,
          rounds: entry.rounds.map((r) => ({
            perSecond: r.requests / r.seconds,
            gatewayCpuMsPerRequest: r.gatewayCpuMs / Math.max(1, r.requests),
          })),
        });
      }
    }
    let webhooks: BenchResult["webhooks"];
    if (!values["no-webhooks"] && only === undefined) {
      process.stdout.write(`\nvoucher transitions with an endpoint subscribed, ${rounds * seconds} s\n`);
      webhooks = await runWebhookScenario({
        gatewayUrl: services.gatewayUrl,
        operatorKey: seedKey(seed, "OPERATOR").secret,
        startWorker: () => services.startWorker({}),
        connections,
        seconds: rounds * seconds,
      });
    }
    const result: BenchResult = {
      vouchers: sizes.vouchers,
      partners: sizes.partners,
      customers: sizes.customers,
      connections,
      seconds,
      rounds,
      limitsOff,
      at: new Date().toISOString(),
      rows,
      webhooks,
    };
    const out = join(__dirname, "..", "..", "bench", "results");
    if (only === undefined) {
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, `bench-${sizes.vouchers}.json`), `${JSON.stringify(result, null, 2)}\n`);
      const all = readdirSync(out)
        .filter((f) => /^bench-\d+\.json$/.test(f))
        .map((f) => JSON.parse(readFileSync(join(out, f), "utf8")) as BenchResult);
      writeFileSync(join(out, "latency.svg"), latencyChart(all));
    }
    process.stdout.write(
      `\n${sizes.vouchers} vouchers, ${sizes.partners} partners, ${sizes.customers} customers; each service its own process; ${connections} connections\n\n`,
    );
    process.stdout.write(
      `${formatTable(result)}\n\nThe gateway with its limits and without them:\n\n${formatLimitsComparison(result)}\n`,
    );
    if (webhooks) process.stdout.write(`\n${formatWebhookResult(webhooks)}\n`);
    process.stdout.write(
      only === undefined
        ? `\nWrote bench/results/bench-${sizes.vouchers}.json and bench/results/latency.svg\n`
        : "\nNo results written (--only).\n",
    );
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
  }
}

main().catch((error: Error) => {
  process.stderr.write(`bench failed: ${error.message}\n`);
  process.exit(1);
});
