import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** Where `npm start` keeps its database and generated secrets between runs. */
export const dataDir = (): string => resolve(process.env.PSG_DATA_DIR ?? join(__dirname, "..", "..", ".data"));

/** A secret generated on first use and kept (readable only by its owner) for the next start. */
export function keptSecret(name: string, make: () => string = () => randomBytes(32).toString("base64url")): string {
  mkdirSync(dataDir(), { recursive: true });
  const file = join(dataDir(), name);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const value = make();
  writeFileSync(file, `${value}\n`, { mode: 0o600 });
  return value;
}

export function readJson<T>(name: string): T | undefined {
  const file = join(dataDir(), name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : undefined;
}

export function writeJson(name: string, value: unknown): void {
  mkdirSync(dataDir(), { recursive: true });
  writeFileSync(join(dataDir(), name), `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
}
