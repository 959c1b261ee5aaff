import { type Clock, type Logger, type Principal, recordChange, transition, type WebhookPolicy } from "@psg/shared";
import type { DataSource, EntityManager } from "typeorm";
import { StoredEvent } from "../event/event.entity";
import { WebhookEndpointRow } from "../webhook-endpoint/webhook-endpoint.entity";
import { enqueueDelivery } from "./delivery.queue";
import { afterFailure, webhookBody } from "./delivery.rules";
import { type AttemptResult, sendMessage } from "./send";
import { type DeliveryStatus, WebhookDeliveryRow } from "./webhook-delivery.entity";

/** Who the worker's changes are audited as. */
const WORKER: Principal = { kind: "SERVICE", service: "worker" };

/**
 * A delivery leaves PENDING through the one transition helper: locked, moved only from the
 * state it was read in, audited. It records no event (an event about a delivery would be
 * delivered in turn). A delivery given up while another worker was sending it may still be
 * recorded as delivered, which is then the truth.
 */
async function settle(
  manager: EntityManager,
  id: string,
  to: Exclude<DeliveryStatus, "PENDING">,
  now: Date,
  changes: Partial<WebhookDeliveryRow> = {},
): Promise<void> {
  await transition<WebhookDeliveryRow, DeliveryStatus>(
    { principal: WORKER, now, db: manager },
    {
      entity: WebhookDeliveryRow,
      resource: "webhook_delivery",
      id,
      action: to === "DELIVERED" ? "delivered" : "given_up",
      from: ["PENDING", "FAILED"],
      to,
      change: () => ({ ...changes, lockedUntil: null }),
    },
  );
}

/** How long past its timeout a worker's hold on a delivery lasts (then another worker may take it). */
const HOLD_MARGIN_MS = 5_000;

export interface DeliveryOptions {
  policy: WebhookPolicy;
  clock: Clock;
  log: Logger;
}

interface Claimed extends WebhookDeliveryRow {
  url: string;
  secret: string;
}

/**
 * Takes the delivery for one attempt: only while it is pending, due and not held by another
 * worker, so two workers never send it at the same moment; a worker that dies mid-attempt
 * leaves a hold that expires.
 */
async function claim(db: DataSource, deliveryId: string, now: Date, holdMs: number): Promise<Claimed | null> {
  const rows = (await db.query(
    `UPDATE "events"."webhook_deliveries" d
     SET "attempts" = d."attempts" + 1, "locked_until" = $2::timestamptz + ($3 || ' milliseconds')::interval
     FROM "events"."webhook_endpoints" w
     WHERE d."id" = $1 AND w."id" = d."endpoint_id" AND d."status" = 'PENDING'
       AND (d."locked_until" IS NULL OR d."locked_until" < $2)
     RETURNING d."id", d."endpoint_id" AS "endpointId", d."event_id" AS "eventId", d."webhook_id" AS "webhookId",
       d."event_type" AS "eventType", d."payload", d."attempts", d."created_at" AS "createdAt", w."url", w."secret"`,
    [deliveryId, now, String(holdMs)],
  )) as [Claimed[], number] | Claimed[];
  const claimed = (Array.isArray(rows[0]) ? rows[0] : rows) as Claimed[];
  return claimed[0] ?? null;
}

async function bodyOf(db: DataSource, delivery: Claimed): Promise<string> {
  if (delivery.payload) return JSON.stringify(delivery.payload);
  const event = await db.getRepository(StoredEvent).findOneByOrFail({ id: delivery.eventId as string });
  return JSON.stringify(webhookBody(event));
}

/** Sends one delivery once and records the attempt with what follows from it, in one transaction. */
export async function attemptDelivery(
  db: DataSource,
  deliveryId: string,
  options: DeliveryOptions,
): Promise<AttemptResult | null> {
  const { policy, clock } = options;
  const delivery = await claim(db, deliveryId, clock.now(), policy.timeoutMs + HOLD_MARGIN_MS);
  if (!delivery) return null;
  const at = clock.now();
  const result = await sendMessage(
    { url: delivery.url, secret: delivery.secret, webhookId: delivery.webhookId, body: await bodyOf(db, delivery) },
    at,
    { timeoutMs: policy.timeoutMs, restricted: policy.restrictDestinations },
  );
  await db.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO "events"."webhook_attempts" ("delivery_id", "attempt", "attempted_at", "succeeded", "status_code", "duration_ms", "error")
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [delivery.id, delivery.attempts, at, result.succeeded, result.statusCode, result.durationMs, result.error],
    );
    if (result.succeeded) await recordSuccess(manager, delivery, clock.now());
    else await recordFailure(manager, delivery, clock.now(), options);
  });
  return result;
}

async function recordSuccess(manager: EntityManager, delivery: Claimed, now: Date): Promise<void> {
  await settle(manager, delivery.id, "DELIVERED", now, { deliveredAt: now });
  await manager.query(
    `UPDATE "events"."webhook_endpoints" SET "failing_since" = NULL WHERE "id" = $1 AND "failing_since" IS NOT NULL`,
    [delivery.endpointId],
  );
}

async function recordFailure(manager: EntityManager, delivery: Claimed, now: Date, options: DeliveryOptions): Promise<void> {
  const endpoint = await manager.findOne(WebhookEndpointRow, {
    where: { id: delivery.endpointId },
    lock: { mode: "pessimistic_write" },
  });
  if (!endpoint) return;
  const failingSince = endpoint.failingSince ?? now;
  if (!endpoint.failingSince) await manager.update(WebhookEndpointRow, { id: endpoint.id }, { failingSince });
  const next = endpoint.enabled
    ? afterFailure(now, delivery.attempts, delivery.createdAt, failingSince, options.policy)
    : ({ kind: "give_up" } as const);
  if (next.kind === "retry") {
    await manager.query(
      `UPDATE "events"."webhook_deliveries" SET "next_attempt_at" = $2, "locked_until" = NULL WHERE "id" = $1`,
      [delivery.id, next.at],
    );
    await enqueueDelivery(manager, delivery.id, next.at);
    return;
  }
  await settle(manager, delivery.id, "FAILED", now);
  if (next.kind === "disable_endpoint") await disableEndpoint(manager, endpoint, failingSince, now, options.log);
}

/**
 * An endpoint that failed for the whole retry window is disabled: its waiting deliveries are
 * given up, and a `webhook_endpoint.disabled` event tells its organisation (and operators).
 */
async function disableEndpoint(
  manager: EntityManager,
  endpoint: WebhookEndpointRow,
  failingSince: Date,
  now: Date,
  log: Logger,
): Promise<void> {
  await manager.update(WebhookEndpointRow, { id: endpoint.id }, { enabled: false, disabledAt: now, updatedAt: now });
  const waiting = await manager.find(WebhookDeliveryRow, {
    select: { id: true },
    where: { endpointId: endpoint.id, status: "PENDING" },
  });
  for (const { id } of waiting) await settle(manager, id, "FAILED", now);
  await recordChange({ principal: WORKER, now, db: manager }, manager, {
    resource: "webhook_endpoint",
    id: endpoint.id,
    action: "disabled",
    before: { enabled: true },
    after: { enabled: false, disabledAt: now },
    event: {
      audiences:
        endpoint.organizationKind === "OPERATOR" || !endpoint.organizationId
          ? []
          : [{ kind: endpoint.organizationKind as "PARTNER" | "CUSTOMER", id: endpoint.organizationId }],
      data: { id: endpoint.id, url: endpoint.url, failingSince: failingSince.toISOString(), disabledAt: now.toISOString() },
    },
  });
  log.warn({ endpointId: endpoint.id }, "webhook endpoint disabled after failing for the whole retry window");
}
