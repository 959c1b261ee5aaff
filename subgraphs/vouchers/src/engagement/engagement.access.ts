import { DomainError, type KeyPrincipal, type Principal, type RequestContext } from "@psg/shared";
import type { EntityManager } from "typeorm";
import type { Voucher } from "../voucher/voucher.entity";
import { effectiveStatus, requireVoucherStatus } from "../voucher/voucher.rules";
import { catchUpExpiry, lockVoucher } from "../voucher/voucher.store";
import { Engagement } from "./engagement.entity";
import { requireHolder } from "./engagement.rules";

/** A customer sees the engagements of its vouchers; a partner its own while they stand; operators all. */
export function canSeeEngagement(p: Principal, e: Pick<Engagement, "customerId" | "partnerId" | "status">): boolean {
  if (p.kind !== "KEY") return false;
  if (p.organizationKind === "OPERATOR") return true;
  if (p.organizationKind === "CUSTOMER") return p.organizationId === e.customerId;
  return p.organizationId === e.partnerId && e.status !== "CANCELLED";
}

/** Reads an engagement before its transaction, so a due expiry of its voucher gets recorded first. */
export async function engagementForChange(ctx: RequestContext, id: string): Promise<Engagement> {
  const engagement = await ctx.db.getRepository(Engagement).findOneBy({ id });
  if (!engagement) throw new DomainError("NOT_FOUND", "No such engagement.");
  await catchUpExpiry(ctx, [engagement.voucherId]);
  return engagement;
}

/** The engagement and its voucher, locked (voucher first, like every voucher mutation), for the holding partner. */
export async function lockForDelivery(
  manager: EntityManager,
  ctx: RequestContext,
  caller: KeyPrincipal,
  engagement: Engagement,
): Promise<{ voucher: Voucher; engagement: Engagement }> {
  requireHolder(engagement.partnerId, caller.organizationId, caller.organizationKind === "OPERATOR");
  const voucher = await lockVoucher(manager, engagement.voucherId);
  const locked = await manager.findOneOrFail(Engagement, { where: { id: engagement.id }, lock: { mode: "pessimistic_write" } });
  const status = effectiveStatus(voucher, ctx.now);
  if (status === "EXPIRED") requireVoucherStatus(status, "RESERVED");
  // a cancelled engagement says nothing about what became of its voucher since
  if (locked.status === "CANCELLED") throw new DomainError("INVALID_STATE", "The engagement was cancelled.");
  requireVoucherStatus(status, "RESERVED");
  return { voucher, engagement: locked };
}
