import { graphqlData, type Logger } from "@psg/shared";
import { readJson, writeJson } from "./local-state";

export interface DemoKey {
  label: string;
  secret: string;
}

const DEMO_KEYS_FILE = "demo-keys.json";

async function stillValid(url: string, keys: DemoKey[]): Promise<boolean> {
  try {
    for (const key of keys) await graphqlData(url, key.secret, "{ viewer { apiKeyId } }");
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
  const operator: DemoKey = { label: "OPERATOR (bootstrap key)", secret: operatorKey };
  const kept = readJson<DemoKey[]>(DEMO_KEYS_FILE);
  if (kept && (await stillValid(url, kept))) return [operator, ...kept];
  log.info("seeding demo data");
  const keys: DemoKey[] = [];
  writeJson(DEMO_KEYS_FILE, keys);
  return [operator, ...keys];
}
