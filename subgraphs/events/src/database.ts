import { WebhookAttemptRow } from "./delivery/webhook-attempt.entity";
import { WebhookDeliveryRow } from "./delivery/webhook-delivery.entity";
import { StoredEvent } from "./event/event.entity";
import { Events1732700000000 } from "./migrations/1732700000000-events";
import { IdempotencyKeys1733300000000 } from "./migrations/1733300000000-idempotency-keys";
import { WebhookEndpointRow } from "./webhook-endpoint/webhook-endpoint.entity";

export const SCHEMA = "events";
export const entities = [StoredEvent, WebhookEndpointRow, WebhookDeliveryRow, WebhookAttemptRow];
export const migrations = [Events1732700000000, IdempotencyKeys1733300000000];
