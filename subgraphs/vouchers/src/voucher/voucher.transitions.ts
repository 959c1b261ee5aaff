import { type Audience, type ChangeContext, type TransitionSpec, transition } from "@psg/shared";
import type { EntityManager } from "typeorm";
import { noSuchVoucher } from "./voucher.access";
import { Voucher } from "./voucher.entity";
import { effectiveStatus, refuseVoucherStatus } from "./voucher.rules";
import type { VoucherStatus } from "./voucher-status";

/** One move of a voucher: the step, the states it starts from and the one it reaches. */
export type VoucherMove = Pick<
  TransitionSpec<Voucher, VoucherStatus>,
  "action" | "from" | "to" | "statusOf" | "refuse" | "authorize" | "change" | "afterMove" | "auditOf"
> & { eventType?: string };

/** The customer, and the partner holding the voucher before or after the move. */
const audiences = (moved: Voucher, before: Voucher): Audience[] => [
  { kind: "CUSTOMER", id: moved.customerId },
  ...[before.partnerId, moved.partnerId].flatMap((id): Audience[] => (id ? [{ kind: "PARTNER", id }] : [])),
];

/** What every audience of a voucher's event may read of it (the number stays with those who hold it). */
const eventData = (v: Voucher) => ({
  id: v.id,
  status: v.status,
  offeringCode: v.offeringCode,
  serviceLevelDays: v.serviceLevelDays,
  expiresAt: v.expiresAt.toISOString(),
  partnerId: v.partnerId,
});

/**
 * Moves a voucher along its state machine through the shared `transition`: locked, its state
 * read as of now (an open voucher past its expiry is EXPIRED) and refused with the code that
 * names it, changed while still in that state, audited, and its event recorded for the
 * customer and the holding partner.
 */
export function moveVoucher(ctx: ChangeContext, id: string, move: VoucherMove): Promise<Voucher> {
  const { eventType, ...spec } = move;
  return transition(ctx, {
    entity: Voucher,
    resource: "voucher",
    id,
    statusOf: (voucher) => effectiveStatus(voucher, ctx.now),
    missing: noSuchVoucher,
    refuse: (_voucher, status) => refuseVoucherStatus(status),
    ...spec,
    event: (moved, before) => ({ type: eventType, audiences: audiences(moved, before), data: eventData(moved) }),
  });
}

/**
 * The voucher a change of its engagement acts on, locked for the rest of the transaction (a
 * voucher is always locked before its engagement, so changes never deadlock).
 */
export async function lockVoucher(manager: EntityManager, id: string): Promise<Voucher> {
  const voucher = await manager.findOne(Voucher, { where: { id }, lock: { mode: "pessimistic_write" } });
  return voucher ?? noSuchVoucher();
}
