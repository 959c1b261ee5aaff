import { hashApiKey } from "@psg/shared";
import { startTestStack, type TestStack } from "@psg/testing";
import { Pool } from "pg";
import type { DataSource } from "typeorm";
import { lookupKey, lookupKeys } from "../src/api-key/api-key.store";

let stack: TestStack;
let pool: Pool;
/** The store's query interface on a plain connection pool: rows, as TypeORM returns them. */
let db: DataSource;
beforeAll(async () => {
  stack = await startTestStack();
  pool = new Pool({ connectionString: stack.databaseUrl, max: 2 });
  db = { query: async (sql: string, params: unknown[]) => (await pool.query(sql, params)).rows } as unknown as DataSource;
});
afterAll(async () => {
  await pool.end();
  await stack.stop();
});

const lastUsed = async (keyHash: string): Promise<Date | null> =>
  (await pool.query(`SELECT "last_used_at" FROM "partners"."api_keys" WHERE "key_hash" = $1`, [keyHash])).rows[0].last_used_at;

describe("looking a key up", () => {
  it("records its use at most once a minute, so nearly every lookup only reads", async () => {
    const keyHash = hashApiKey(stack.operatorKey);
    await pool.query(`UPDATE "partners"."api_keys" SET "last_used_at" = NULL WHERE "key_hash" = $1`, [keyHash]);

    expect(await lookupKey(db, keyHash)).toMatchObject({ kind: "KEY", organizationKind: "OPERATOR", roles: ["OPERATOR"] });
    const first = await lastUsed(keyHash);
    expect(first).not.toBeNull();

    // a second lookup within the minute leaves the row as it was
    const before = (await pool.query(`SELECT xmin::text FROM "partners"."api_keys" WHERE "key_hash" = $1`, [keyHash])).rows[0];
    expect(await lookupKey(db, keyHash)).not.toBeNull();
    const after = (await pool.query(`SELECT xmin::text FROM "partners"."api_keys" WHERE "key_hash" = $1`, [keyHash])).rows[0];
    expect(after).toEqual(before);
    expect(await lastUsed(keyHash)).toEqual(first);

    // a use older than a minute is brought up to date
    await pool.query(`UPDATE "partners"."api_keys" SET "last_used_at" = now() - interval '2 minutes' WHERE "key_hash" = $1`, [
      keyHash,
    ]);
    const stale = await lastUsed(keyHash);
    await lookupKey(db, keyHash);
    expect((await lastUsed(keyHash))?.getTime()).toBeGreaterThan(stale?.getTime() ?? 0);
  });

  it("finds nothing for an unknown or revoked key", async () => {
    expect(await lookupKey(db, hashApiKey("psg_not_a_key"))).toBeNull();
    const keyHash = hashApiKey(stack.operatorKey);
    await pool.query(`UPDATE "partners"."api_keys" SET "revoked_at" = now() WHERE "key_hash" = $1`, [keyHash]);
    try {
      expect(await lookupKey(db, keyHash)).toBeNull();
    } finally {
      await pool.query(`UPDATE "partners"."api_keys" SET "revoked_at" = NULL WHERE "key_hash" = $1`, [keyHash]);
    }
  });

  it("looks many keys up in one statement, one answer per hash in order", async () => {
    const live = hashApiKey(stack.operatorKey);
    const unknown = hashApiKey("psg_not_a_key");
    const answers = await lookupKeys(db, [unknown, live, unknown, live]);
    expect(answers.map((a) => a?.organizationKind ?? null)).toEqual([null, "OPERATOR", null, "OPERATOR"]);
    expect(await lookupKeys(db, [])).toEqual([]);
    // the unique index on the hash serves the batch (a table this small might be scanned anyway)
    const client = await pool.connect();
    try {
      await client.query("SET enable_seqscan = off");
      const plan = (
        await client.query(`EXPLAIN SELECT 1 FROM "partners"."api_keys" WHERE "key_hash" = ANY($1::varchar[])`, [[live, unknown]])
      ).rows
        .map((r) => r["QUERY PLAN"])
        .join("\n");
      expect(plan).toMatch(/Index/);
      expect(plan).not.toMatch(/Seq Scan/);
    } finally {
      await client.query("RESET enable_seqscan");
      client.release();
    }
  });
});
