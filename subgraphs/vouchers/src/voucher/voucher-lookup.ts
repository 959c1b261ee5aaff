import { addDays, DomainError, type KeyPrincipal, type RequestContext, requireKey } from "@psg/shared";
import { Voucher } from "./voucher.entity";
import { normalizeEmail, normalizeVoucherNumber } from "./voucher.rules";

const HOUR_IN_DAYS = 1 / 24;

/** Whose guesses a failure counts against: the key's organisation, so more keys buy no more guesses. */
const guessingOrganization = (key: KeyPrincipal): string => `${key.organizationKind}:${key.organizationId ?? key.apiKeyId}`;

/**
 * The voucher a number and its assignee's e-mail name together. A wrong pair (either part)
 * is VOUCHER_NOT_FOUND and counts against the caller's organisation; past the hourly limit
 * every attempt is RATE_LIMITED. A per-organisation advisory lock makes the count exact
 * under concurrency.
 */
export async function findVoucherByNumber(ctx: RequestContext, number: string, assigneeEmail: string): Promise<Voucher> {
  const key = requireKey(ctx.principal);
  const organization = guessingOrganization(key);
  const found = await ctx.db.transaction(async (manager) => {
    await manager.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [`voucher-validation:${organization}`]);
    const [{ count }] = (await manager.query(
      `SELECT count(*)::int AS "count" FROM "vouchers"."validation_failures" WHERE "organization" = $1 AND "at" > $2`,
      [organization, addDays(ctx.now, -HOUR_IN_DAYS)],
    )) as { count: number }[];
    if (count >= ctx.policy.validationFailuresPerHour) return "RATE_LIMITED" as const;
    const voucher = await manager.findOneBy(Voucher, { number: normalizeVoucherNumber(number) });
    if (voucher && voucher.assigneeEmail === normalizeEmail(assigneeEmail)) return voucher;
    await manager.query(`INSERT INTO "vouchers"."validation_failures" ("api_key_id", "organization", "at") VALUES ($1, $2, $3)`, [
      key.apiKeyId,
      organization,
      ctx.now,
    ]);
    return null;
  });
  if (found === "RATE_LIMITED") {
    throw new DomainError("RATE_LIMITED", "Too many failed voucher validations by this organisation; try again within the hour.");
  }
  if (!found) throw new DomainError("VOUCHER_NOT_FOUND", "No voucher matches this number and e-mail address.");
  return found;
}
