import { DomainError, type RequestContext } from "@psg/shared";
import type { EntityManager } from "typeorm";
import { Voucher } from "./voucher.entity";
import { persistExpiries } from "./voucher.expiry";

/** Runs an UPDATE and returns how many rows it changed. */
export async function updateCount(manager: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const result = (await manager.query(sql, params)) as [unknown[], number];
  return result[1];
}

/**
 * The voucher a mutation acts on, locked for the rest of the transaction. Its expiry, if
 * due, was recorded just before (outside the transaction, so a refused operation still
 * leaves the expiry recorded).
 */
export async function lockVoucher(manager: EntityManager, id: string): Promise<Voucher> {
  const voucher = await manager.findOne(Voucher, { where: { id }, lock: { mode: "pessimistic_write" } });
  if (!voucher) throw new DomainError("VOUCHER_NOT_FOUND", "No such voucher.");
  return voucher;
}

/** Records the expiry of these vouchers if it is due at the request's now. */
export const catchUpExpiry = (ctx: RequestContext, voucherIds: string[]): Promise<number> =>
  persistExpiries(ctx.db, ctx.now, { voucherIds });
