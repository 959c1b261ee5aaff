import { type ChangeContext, type TransitionSpec, transition } from "@psg/shared";
import { type EntityManager, Not } from "typeorm";
import { noSuchEngagement } from "./engagement.access";
import { Engagement } from "./engagement.entity";
import { refuseEngagementStatus } from "./engagement.rules";
import type { EngagementStatus } from "./engagement-status";

/** One move of an engagement: the step, the state it starts from and the one it reaches. */
export type EngagementMove = Pick<
  TransitionSpec<Engagement, EngagementStatus>,
  "action" | "to" | "authorize" | "change" | "afterMove" | "auditOf"
> & { from: EngagementStatus; eventType?: string };

/** What the customer and the delivering partner both see of an engagement (consultants aside). */
const eventData = (e: Engagement) => ({
  id: e.id,
  voucherId: e.voucherId,
  status: e.status,
  deliveryCountry: e.deliveryCountry,
  plannedStart: e.plannedStart,
  plannedEnd: e.plannedEnd,
  actualStart: e.actualStart,
  actualEnd: e.actualEnd,
  daysDelivered: e.daysDelivered,
  offsiteDays: e.offsiteDays,
});

/**
 * Moves an engagement one step along its state machine through the shared `transition`:
 * locked, its state checked (INVALID_STATE naming both states), changed, audited, and its
 * event recorded for the customer and the delivering partner.
 */
export function moveEngagement(ctx: ChangeContext, id: string, move: EngagementMove): Promise<Engagement> {
  const { from, eventType, ...spec } = move;
  return transition(ctx, {
    entity: Engagement,
    resource: "engagement",
    id,
    from: [from],
    missing: noSuchEngagement,
    refuse: (_engagement, status) => refuseEngagementStatus(status, from),
    ...spec,
    event: (moved) => ({
      type: eventType,
      audiences: [
        { kind: "CUSTOMER", id: moved.customerId },
        { kind: "PARTNER", id: moved.partnerId },
      ],
      data: eventData(moved),
    }),
  });
}

/** A scheduled engagement is dropped (its reservation was given up, or its voucher expired). */
export const cancelEngagement = (ctx: ChangeContext, id: string, reason: string): Promise<Engagement> =>
  moveEngagement(ctx, id, {
    action: "cancelled",
    from: "SCHEDULED",
    to: "CANCELLED",
    change: () => ({ cancelledAt: ctx.now, cancelReason: reason }),
  });

/** The voucher's standing engagement (its reservation's), if any: at most one is not cancelled. */
export const standingEngagementOf = (manager: EntityManager, voucherId: string): Promise<Engagement | null> =>
  manager.findOneBy(Engagement, { voucherId, status: Not<EngagementStatus>("CANCELLED") });

/** Drops the voucher's engagement if it is still scheduled (one that is under way stays). */
export async function cancelScheduledEngagementOf(ctx: ChangeContext, voucherId: string, reason: string): Promise<void> {
  const scheduled = await ctx.db.findOneBy(Engagement, { voucherId, status: "SCHEDULED" });
  if (scheduled) await cancelEngagement(ctx, scheduled.id, reason);
}

/** The fields a reservation decides; the rest start empty. */
export type EngagementPlan = Pick<
  Engagement,
  | "voucherId"
  | "customerId"
  | "engagementTypeId"
  | "maxDays"
  | "partnerId"
  | "locationId"
  | "deliveryCountry"
  | "plannedStart"
  | "plannedEnd"
>;

/** A reservation's engagement, scheduled; it belongs to the voucher's move to RESERVED (audited there). */
export function scheduleEngagement(manager: EntityManager, plan: EngagementPlan, now: Date): Promise<Engagement> {
  return manager.save(
    manager.create(Engagement, {
      ...plan,
      actualStart: null,
      actualEnd: null,
      daysDelivered: null,
      offsiteDays: null,
      consultantIds: [],
      status: "SCHEDULED",
      createdAt: now,
      cancelledAt: null,
      cancelReason: null,
    }),
  );
}
