import type { Logger } from "@psg/shared";
import { readJson, writeJson } from "../local-state";
import { seedPartners } from "./partners";
import { seedPayments } from "./payments";
import { type DemoKey, DemoSeed } from "./seed";
import { seedVouchers } from "./vouchers";

export { DEMO_PARTNER_NAME } from "./partners";
export type { DemoKey } from "./seed";

const DEMO_KEYS_FILE = "demo-keys.json";

/**
 * Each subgraph's demo data, in the order they depend on each other. A seed adds its keys
 * and the ids later seeds need to `seed`.
 */
const SEEDS: ((seed: DemoSeed) => Promise<void>)[] = [seedPartners, seedVouchers, seedPayments];

/** Every subgraph's demo data, in order, into `seed`. */
export async function runDemoSeeds(seed: DemoSeed): Promise<void> {
  for (const run of SEEDS) await run(seed);
}

async function stillValid(seed: DemoSeed, keys: DemoKey[]): Promise<boolean> {
  try {
    for (const key of keys) await seed.as(key.secret, "{ viewer { apiKeyId } }");
    return true;
  } catch {
    return false;
  }
}

/**
 * Demo data on an empty database, made through the public API as a client would. Returns
 * one key per role; they are kept in .data/ so every start can print them.
 */
export async function seedDemoData(url: string, operatorKey: string, log: Logger): Promise<DemoKey[]> {
  const seed = new DemoSeed(url, operatorKey);
  const operator: DemoKey = { label: "OPERATOR (bootstrap key)", secret: operatorKey };
  const kept = readJson<DemoKey[]>(DEMO_KEYS_FILE);
  if (kept?.length && (await stillValid(seed, kept))) return [operator, ...kept];
  const existing = await seed.operator<{ partners: { totalCount: number } }>("{ partners(first: 1) { totalCount } }");
  if (existing.partners.totalCount > 0) {
    log.warn("the database already holds data: no demo data seeded, and only the operator key is known");
    return [operator];
  }
  log.info("seeding demo data");
  await runDemoSeeds(seed);
  writeJson(DEMO_KEYS_FILE, seed.keys);
  return [operator, ...seed.keys];
}
