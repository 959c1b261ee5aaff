import { missing, type Principal } from "@psg/shared";
import type { SelectQueryBuilder } from "typeorm";
import type { Voucher } from "./voucher.entity";
import { redeemedBeforeForClaimDeadline } from "./voucher.rules";
import type { VoucherStatus } from "./voucher-status";

/** The answer for a voucher id that names nothing the caller may see (domain.md: VOUCHER_NOT_FOUND). */
export const noSuchVoucher = missing("Voucher", "VOUCHER_NOT_FOUND");

/** A customer sees its own vouchers; a partner those it holds; operators all. */
export function canSeeVoucher(p: Principal, voucher: Pick<Voucher, "customerId" | "partnerId">): boolean {
  if (p.kind !== "KEY") return false;
  if (p.organizationKind === "OPERATOR") return true;
  if (p.organizationKind === "CUSTOMER") return p.organizationId === voucher.customerId;
  return voucher.partnerId !== null && p.organizationId === voucher.partnerId;
}

/** The one customer or partner whose vouchers a key sees; null for operators (all) and others (none). */
export function ownerOf(p: Principal): { parent: "customerId" | "partnerId"; id: string } | null {
  if (p.kind !== "KEY" || !p.organizationId) return null;
  if (p.organizationKind === "CUSTOMER") return { parent: "customerId", id: p.organizationId };
  if (p.organizationKind === "PARTNER") return { parent: "partnerId", id: p.organizationId };
  return null;
}

/** Limits a voucher query to what the caller may see. */
export function scopeVouchers(qb: SelectQueryBuilder<Voucher>, p: Principal): SelectQueryBuilder<Voucher> {
  const a = qb.alias;
  if (p.kind !== "KEY") return qb.andWhere("false");
  if (p.organizationKind === "CUSTOMER") return qb.andWhere(`${a}.customerId = :scopeOrg`, { scopeOrg: p.organizationId });
  if (p.organizationKind === "PARTNER") return qb.andWhere(`${a}.partnerId = :scopeOrg`, { scopeOrg: p.organizationId });
  return qb;
}

/** Filters by status as it reads at `now`: an open voucher past its expiry counts as EXPIRED. */
export function whereStatus(qb: SelectQueryBuilder<Voucher>, status: VoucherStatus, now: Date): SelectQueryBuilder<Voucher> {
  const a = qb.alias;
  if (status === "EXPIRED") {
    return qb.andWhere(
      `(${a}.status = 'EXPIRED' OR (${a}.status IN ('ASSIGNED', 'RESERVED') AND ${a}.expiresAt <= :statusNow))`,
      {
        statusNow: now,
      },
    );
  }
  if (status === "ASSIGNED" || status === "RESERVED") {
    return qb.andWhere(`${a}.status = :status AND ${a}.expiresAt > :statusNow`, { status, statusNow: now });
  }
  return qb.andWhere(`${a}.status = :status`, { status });
}

/**
 * The same filter as whereStatus, for raw SQL over the vouchers table (placeholders from
 * `bind`): alternatives that do not overlap, each served by an index on (…, status, created_at).
 */
export function statusCondition(status: VoucherStatus, now: Date, bind: (value: unknown) => string): string | string[] {
  if (status === "EXPIRED") {
    const at = bind(now);
    return [
      `"status" = 'EXPIRED'`,
      `"status" = 'ASSIGNED' AND "expires_at" <= ${at}`,
      `"status" = 'RESERVED' AND "expires_at" <= ${at}`,
    ];
  }
  if (status === "ASSIGNED" || status === "RESERVED") return `"status" = ${bind(status)} AND "expires_at" > ${bind(now)}`;
  return `"status" = ${bind(status)}`;
}

/**
 * Redeemed vouchers no submitted payment request claims yet whose last claim day is before
 * `date` (see claimDeadlineOf): those a partner must still claim by then.
 */
export function whereClaimDeadlineBefore(
  qb: SelectQueryBuilder<Voucher>,
  date: string,
  deadlineDays: number,
): SelectQueryBuilder<Voucher> {
  return qb.andWhere(`${qb.alias}.status = 'REDEEMED' AND NOT ${qb.alias}.claimed AND ${qb.alias}.redeemedAt < :claimBefore`, {
    claimBefore: redeemedBeforeForClaimDeadline(date, deadlineDays),
  });
}
