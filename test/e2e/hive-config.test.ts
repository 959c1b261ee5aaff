import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HIVE_DIR } from "@psg/stack";

const ROOT = join(__dirname, "..", "..");

it("the README's Hive Gateway configuration is hive/gateway.config.ts, word for word", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const config = readFileSync(join(HIVE_DIR, "gateway.config.ts"), "utf8");
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
  expect(blocks.filter((b) => b.includes("@graphql-hive/gateway"))).toEqual([config]);
});

it("hive/ stays out of the root install and pins its version", () => {
  const root = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  const hive = JSON.parse(readFileSync(join(HIVE_DIR, "package.json"), "utf8"));
  expect(root.workspaces).not.toContain("hive");
  expect(JSON.stringify(root.dependencies)).not.toContain("graphql-hive");
  expect(hive.dependencies["@graphql-hive/gateway"]).toMatch(/^\d+\.\d+\.\d+$/);
  const lock = readFileSync(join(HIVE_DIR, "package-lock.json"), "utf8");
  expect(lock).not.toMatch(/"resolved": "http/);
});
