import type { WebhookPolicy } from "@psg/shared";

/** The wait before retry number `attempt` + 1: the base doubled per failed attempt, capped. */
export function retryDelayMs(attempt: number, policy: Pick<WebhookPolicy, "retryBaseMs" | "retryMaxMs">): number {
  const doubled = policy.retryBaseMs * 2 ** Math.min(Math.max(attempt - 1, 0), 40);
  return Math.min(doubled, policy.retryMaxMs);
}

export type AfterFailure =
  | { kind: "retry"; at: Date }
  | { kind: "give_up" }
  /** The endpoint has failed for the whole retry window: disable it (and give up its deliveries). */
  | { kind: "disable_endpoint" };

/**
 * What follows a failed attempt: disabling the endpoint once it has failed for the whole
 * retry window, giving this delivery up once it is that old, else another try after the
 * backoff delay.
 */
export function afterFailure(
  now: Date,
  attempt: number,
  deliveryCreatedAt: Date,
  endpointFailingSince: Date,
  policy: Pick<WebhookPolicy, "retryBaseMs" | "retryMaxMs" | "retryWindowMs">,
): AfterFailure {
  if (now.getTime() - endpointFailingSince.getTime() >= policy.retryWindowMs) return { kind: "disable_endpoint" };
  if (now.getTime() - deliveryCreatedAt.getTime() >= policy.retryWindowMs) return { kind: "give_up" };
  return { kind: "retry", at: new Date(now.getTime() + retryDelayMs(attempt, policy)) };
}

/** The body every delivery carries (Standard Webhooks: type, timestamp, data), with the event's id and subject. */
export function webhookBody(event: {
  id: string;
  type: string;
  occurredAt: Date;
  subjectType: string;
  subjectId: string;
  data: Record<string, unknown>;
}): Record<string, unknown> {
  return {
    id: event.id,
    type: event.type,
    timestamp: event.occurredAt.toISOString(),
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    data: event.data,
  };
}
