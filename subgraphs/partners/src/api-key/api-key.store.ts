import { hashApiKey, type KeyPrincipal } from "@psg/shared";
import type { DataSource, EntityManager } from "typeorm";
import { ApiKey } from "./api-key.entity";

export const toPrincipal = (key: ApiKey): KeyPrincipal => ({
  kind: "KEY",
  apiKeyId: key.id,
  organizationKind: key.organizationKind,
  organizationId: key.organizationId,
  roles: key.roles,
});

/**
 * The principals of live keys, one per hash in order (null for an unknown, revoked or
 * expired one), in one statement that also records their use. Key expiry follows the real
 * clock, never sandbox time.
 */
export async function lookupKeys(db: DataSource | EntityManager, keyHashes: readonly string[]): Promise<(KeyPrincipal | null)[]> {
  if (keyHashes.length === 0) return [];
  // every service looks a key up every few seconds: the use is written at most once a minute,
  // so a lookup is a read (no row lock, no commit to wait for) nearly every time
  const rows = (await db.query(
    `WITH "key" AS (
       SELECT "id", "key_hash", "organization_kind", "organization_id", "roles", "last_used_at" FROM "partners"."api_keys"
        WHERE "key_hash" = ANY($1::varchar[]) AND "revoked_at" IS NULL AND ("expires_at" IS NULL OR "expires_at" > now())
     ), "touched" AS (
       UPDATE "partners"."api_keys" SET "last_used_at" = now()
        WHERE "id" IN (SELECT "id" FROM "key" WHERE "last_used_at" IS NULL OR "last_used_at" < now() - interval '1 minute')
     )
     SELECT "id", "key_hash", "organization_kind", "organization_id", "roles" FROM "key"`,
    [keyHashes],
  )) as {
    id: string;
    key_hash: string;
    organization_kind: ApiKey["organizationKind"];
    organization_id: string | null;
    roles: ApiKey["roles"];
  }[];
  const found = new Map(
    rows.map((row): [string, KeyPrincipal] => [
      row.key_hash,
      {
        kind: "KEY",
        apiKeyId: row.id,
        organizationKind: row.organization_kind,
        organizationId: row.organization_id,
        roles: row.roles,
      },
    ]),
  );
  return keyHashes.map((keyHash) => found.get(keyHash) ?? null);
}

/** The principal of one live key (see lookupKeys). */
export async function lookupKey(db: DataSource | EntityManager, keyHash: string): Promise<KeyPrincipal | null> {
  return (await lookupKeys(db, [keyHash]))[0];
}

/** BOOTSTRAP_OPERATOR_KEY becomes a stored (hashed) operator key; a second start changes nothing. */
export async function ensureBootstrapKey(db: DataSource, secret: string, now: Date): Promise<void> {
  await db
    .createQueryBuilder()
    .insert()
    .into(ApiKey)
    .values({
      name: "Bootstrap operator key",
      organizationKind: "OPERATOR",
      organizationId: null,
      roles: ["OPERATOR"],
      keyHash: hashApiKey(secret),
      lastFour: secret.slice(-4),
      createdAt: now,
    })
    .orIgnore()
    .execute();
}
