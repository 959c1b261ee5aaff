import { type RequestContext, systemClock } from "@psg/shared";
import { findManagedEndpoint } from "../webhook-endpoint/webhook-endpoint.access";
import { enqueueDelivery } from "./delivery.queue";
import { WebhookDeliveryRow } from "./webhook-delivery.entity";

export const TEST_EVENT_TYPE = "webhook_endpoint.test";

/**
 * A signed test message to one endpoint, queued with its delivery in one transaction. Delivery
 * times are the worker's real time, like every delivery's (sandbox time moves events, not the queue).
 */
export function sendTestEvent(ctx: RequestContext, endpointId: string): Promise<WebhookDeliveryRow> {
  const now = systemClock.now();
  return ctx.db.transaction(async (manager) => {
    const endpoint = await findManagedEndpoint(manager, ctx.principal, endpointId);
    const delivery = manager.create(WebhookDeliveryRow, {
      endpointId: endpoint.id,
      eventId: null,
      webhookId: "",
      eventType: TEST_EVENT_TYPE,
      status: "PENDING",
      attempts: 0,
      createdAt: now,
      nextAttemptAt: now,
      lockedUntil: null,
      deliveredAt: null,
    });
    const saved = await manager.save(delivery);
    const webhookId = `test_${saved.id}`;
    const payload = {
      id: webhookId,
      type: TEST_EVENT_TYPE,
      timestamp: now.toISOString(),
      subjectType: "webhook_endpoint",
      subjectId: endpoint.id,
      data: { endpointId: endpoint.id, message: "A test message: this endpoint receives and verifies signed events." },
    };
    await manager.update(WebhookDeliveryRow, { id: saved.id }, { webhookId, payload });
    await enqueueDelivery(manager, saved.id);
    return { ...saved, webhookId, payload };
  });
}
