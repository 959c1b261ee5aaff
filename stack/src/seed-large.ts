import "reflect-metadata";
import { parseArgs } from "node:util";
import { createLogger, ensureDatabase } from "@psg/shared";
import { SingleBar } from "cli-progress";
import { ensureLocalDatabase } from "./database";
import { largeKeysFile } from "./large/keys";
import { defaultSizes, type LargeSizes, seedLarge, seedUnits } from "./large/seed";
import { writeJson } from "./local-state";

const USAGE = `npm run seed:large -- [--vouchers N] [--partners N] [--customers N] [--keys N] [--database NAME]

Writes a realistic program of N vouchers (default 10000) into an empty database: the
database DATABASE_URL names, or else NAME (default planning_services_large) on the local
embedded PostgreSQL server that npm start uses, created if missing.`;

function sizesFrom(values: Record<string, string | boolean | undefined>): LargeSizes {
  const number = (name: string, fallback: number): number => {
    const raw = values[name];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number of at least 1, got "${raw}"`);
    return n;
  };
  const vouchers = number("vouchers", 10_000);
  const defaults = defaultSizes(vouchers);
  return {
    vouchers,
    partners: number("partners", defaults.partners),
    customers: number("customers", defaults.customers),
    keys: number("keys", defaults.keys),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      vouchers: { type: "string" },
      partners: { type: "string" },
      customers: { type: "string" },
      keys: { type: "string" },
      database: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const sizes = sizesFrom(values);
  const name = values.database ?? "planning_services_large";
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`--database must be a lower-case PostgreSQL name, got "${name}"`);
  const given = process.env.DATABASE_URL;
  const local = given ? undefined : await ensureLocalDatabase();
  try {
    const url = given ?? (await ensureDatabase(local?.url as string, name));
    const bar = new SingleBar({
      format: "{bar} {percentage}% | {step} | {duration_formatted}",
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 10_000,
    });
    const started = Date.now();
    bar.start(seedUnits(sizes), 0, { step: "migrations" });
    const result = await seedLarge(url, sizes, createLogger("seed", "error"), (done, step) => bar.update(done, { step }));
    bar.stop();
    const seconds = (Date.now() - started) / 1000;
    writeJson(largeKeysFile(url), result);
    const lines = [
      "",
      `Seeded in ${seconds.toFixed(0)} s: ${Object.entries(result.counts)
        .map(([table, n]) => `${n} ${table.split(".")[1]}`)
        .join(", ")}.`,
      `  large partner   ${result.largePartner.id} (${result.largePartner.engagements} engagements)`,
      `  typical partner ${result.typicalPartner.id} (${result.typicalPartner.engagements} engagements)`,
      `  customer        ${result.customer.id} (${result.customer.vouchers} vouchers)`,
      "",
      "API keys (Authorization: Bearer <key>):",
      ...result.keys.map((k) => `  ${k.label.padEnd(30)} ${k.secret}`),
      `  and ${result.manyKeys.length} more partner and customer keys in .data/${largeKeysFile(url)}`,
      "",
      given ? "Serve it: npm start (with the same DATABASE_URL)" : `Serve it: PSG_DATABASE_NAME=${name} npm start`,
      "",
    ];
    process.stdout.write(lines.join("\n"));
  } finally {
    await local?.embedded?.stop();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`seed:large failed: ${error.message}\n`);
  process.exit(1);
});
