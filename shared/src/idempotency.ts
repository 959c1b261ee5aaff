import { createHash } from "node:crypto";
import { type ApolloServerPlugin, type GraphQLRequestContext, HeaderMap } from "@apollo/server";
import type { FormattedExecutionResult } from "graphql";
import type { DataSource, MigrationInterface, QueryRunner } from "typeorm";
import type { RequestContext } from "./context";
import type { ErrorCode } from "./errors";
import type { Logger } from "./logger";
import type { Principal } from "./principal";

export const IDEMPOTENCY_KEY_HEADER = "idempotency-key";

/** How long an outcome is kept and replayed. */
const KEPT = "24 hours";

const VALID_KEY = /^[\x20-\x7e]{1,255}$/;

/** SQL for the table of kept outcomes every subgraph has in its own schema. */
export const idempotencyTableSql = (schema: string): string => `
  CREATE TABLE "${schema}"."idempotency_keys" (
    "scope" text NOT NULL,
    "key" text NOT NULL,
    "request_hash" text NOT NULL,
    "response" jsonb NOT NULL,
    "created_at" timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY ("scope", "key")
  );
  CREATE INDEX "idempotency_keys_created_idx" ON "${schema}"."idempotency_keys" ("created_at");
`;

/**
 * The migration that makes a subgraph's table of kept outcomes (every subgraph has one: the
 * plugin guards all mutations), under the name it was first run with in that subgraph.
 */
export function idempotencyKeysMigration(schema: string, timestamp: number): new () => MigrationInterface {
  return class IdempotencyKeys implements MigrationInterface {
    name = `IdempotencyKeys${timestamp}`;

    async up(q: QueryRunner): Promise<void> {
      await q.query(idempotencyTableSql(schema));
    }

    async down(q: QueryRunner): Promise<void> {
      await q.query(`DROP TABLE "${schema}"."idempotency_keys"`);
    }
  };
}

/** How often a subgraph forgets the outcomes older than KEPT, a batch at a time. */
const PURGE_EVERY_MS = 10 * 60_000;
const PURGE_BATCH = 5_000;

/**
 * Deletes the outcomes older than 24 hours from the subgraph's table, in batches (by the
 * index on created_at), every ten minutes and once now. Every replica may do it at once:
 * a row deleted twice is deleted once. Returns the stop.
 */
export function purgeIdempotencyKeys(db: DataSource, schema: string, log: Logger): () => void {
  const table = `"${schema}"."idempotency_keys"`;
  let running: Promise<void> | undefined;
  const purge = async () => {
    for (;;) {
      const [, deleted] = (await db.query(
        `DELETE FROM ${table} WHERE ctid IN (
           SELECT ctid FROM ${table} WHERE "created_at" <= now() - interval '${KEPT}' LIMIT ${PURGE_BATCH})`,
      )) as [unknown, number];
      if (deleted < PURGE_BATCH) return;
    }
  };
  const run = () => {
    running ??= purge()
      .catch((error) => log.warn({ err: error }, "could not purge old idempotency keys; trying again later"))
      .finally(() => {
        running = undefined;
      });
  };
  run();
  const timer = setInterval(run, PURGE_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** Keys belong to the caller's organisation: another organisation's same key is another key. */
function scopeOf(principal: Principal): string | undefined {
  if (principal.kind === "KEY") return `${principal.organizationKind}:${principal.organizationId ?? principal.apiKeyId}`;
  if (principal.kind === "SERVICE") return `service:${principal.service}`;
  return undefined;
}

/** Outcomes a retry may perform again: nothing was decided, so nothing is kept. */
const NOT_FINAL: readonly string[] = ["INTERNAL_SERVER_ERROR", "SERVICE_UNAVAILABLE", "QUERY_TOO_COMPLEX"];

const isFinal = (result: FormattedExecutionResult): boolean =>
  !(result.errors ?? []).some((e) => NOT_FINAL.includes(e.extensions?.code as string));

const refusal = (code: ErrorCode, message: string) => ({
  http: { status: 200, headers: new HeaderMap() },
  body: { kind: "single" as const, singleResult: { errors: [{ message, extensions: { code } }] } },
});

interface Guard {
  runner: QueryRunner;
  scope: string;
  key: string;
  hash: string;
  replay?: FormattedExecutionResult;
}

async function release(runner: QueryRunner, commit: boolean): Promise<void> {
  try {
    if (runner.isTransactionActive) await (commit ? runner.commitTransaction() : runner.rollbackTransaction());
  } finally {
    await runner.release();
  }
}

/**
 * Every mutation honours an Idempotency-Key header (api.md, Idempotency). The request runs
 * in one transaction that also records its outcome, under an advisory lock on the key: a
 * repeat replays the kept outcome and writes nothing, another request under the key is
 * IDEMPOTENCY_KEY_REUSED, and one while the first runs is IDEMPOTENCY_KEY_IN_USE.
 */
export function idempotencyPlugin(db: DataSource, schema: string, log: Logger): ApolloServerPlugin<RequestContext> {
  const table = `"${schema}"."idempotency_keys"`;
  return {
    async requestDidStart({ request }) {
      // an empty header is no key: Hive Gateway's header rule sends one for requests without it
      const key = request.http?.headers.get(IDEMPOTENCY_KEY_HEADER);
      if (!key) return;
      let guard: Guard | undefined;
      let refused: ReturnType<typeof refusal> | undefined;

      const open = async (ctx: GraphQLRequestContext<RequestContext>, scope: string): Promise<void> => {
        const hash = createHash("sha256")
          .update(JSON.stringify([ctx.source, ctx.request.operationName ?? null, ctx.request.variables ?? {}]))
          .digest("hex");
        const runner = db.createQueryRunner();
        await runner.connect();
        try {
          await runner.startTransaction();
          const [{ locked }] = (await runner.query(`SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS "locked"`, [
            `idempotency:${schema}:${scope}:${key}`,
          ])) as { locked: boolean }[];
          if (!locked) {
            refused = refusal("IDEMPOTENCY_KEY_IN_USE", "A request with this Idempotency-Key is still running; retry later.");
            return await release(runner, false);
          }
          const [kept] = (await runner.query(
            `SELECT "request_hash", "response" FROM ${table} WHERE "scope" = $1 AND "key" = $2 AND "created_at" > now() - interval '${KEPT}'`,
            [scope, key],
          )) as { request_hash: string; response: FormattedExecutionResult }[];
          if (kept && kept.request_hash !== hash) {
            refused = refusal(
              "IDEMPOTENCY_KEY_REUSED",
              "This Idempotency-Key was used for another operation or other variables; use a new key.",
            );
            return await release(runner, false);
          }
          guard = { runner, scope, key, hash, replay: kept?.response };
          if (kept) return await release(runner, false);
          // every read and write of the request, nested transactions included, now runs in this one
          ctx.contextValue.db = runner.manager;
        } catch (error) {
          await release(runner, false).catch(() => undefined);
          throw error;
        }
      };

      return {
        async didResolveOperation(ctx) {
          if (ctx.operation?.operation !== "mutation") return;
          if (!VALID_KEY.test(key)) {
            refused = refusal("BAD_USER_INPUT", "Idempotency-Key must be 1 to 255 printable characters.");
            return;
          }
          const scope = scopeOf(ctx.contextValue.principal);
          if (scope) await open(ctx, scope);
        },
        async responseForOperation() {
          if (refused) return refused;
          if (guard?.replay)
            return { http: { status: 200, headers: new HeaderMap() }, body: { kind: "single", singleResult: guard.replay } };
          return null;
        },
        async willSendResponse({ response }) {
          if (!guard || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          if (guard.replay) {
            result.extensions = { ...result.extensions, idempotentReplay: true };
            return;
          }
          const { runner, scope, hash } = guard;
          const final = isFinal(result);
          try {
            if (final) {
              const kept: FormattedExecutionResult = { data: result.data, ...(result.errors ? { errors: result.errors } : {}) };
              await runner.query(
                `INSERT INTO ${table} ("scope", "key", "request_hash", "response") VALUES ($1, $2, $3, $4)
                 ON CONFLICT ("scope", "key") DO UPDATE SET "request_hash" = $3, "response" = $4, "created_at" = now()`,
                [scope, guard.key, hash, kept],
              );
            }
            await release(runner, final);
          } catch (error) {
            log.error({ err: error }, "could not keep an idempotent outcome; nothing was changed");
            await release(runner, false).catch(() => undefined);
            response.body.singleResult = {
              data: null,
              errors: [
                {
                  message: "The change could not be saved; nothing was changed. Retry with the same Idempotency-Key.",
                  extensions: { code: "SERVICE_UNAVAILABLE" },
                },
              ],
            };
          }
        },
      };
    },
  };
}
