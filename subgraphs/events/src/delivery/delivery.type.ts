import { ConnectionType } from "@psg/shared";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

export enum WebhookDeliveryStatus {
  PENDING = "PENDING",
  DELIVERED = "DELIVERED",
  FAILED = "FAILED",
}
registerEnumType(WebhookDeliveryStatus, {
  name: "WebhookDeliveryStatus",
  description: "PENDING while it is being tried, DELIVERED after a 2xx answer, FAILED once given up.",
  valuesConfig: {
    PENDING: { description: "Not yet answered with a 2xx; tried again until the retry window ends." },
    DELIVERED: { description: "The receiver answered with a 2xx." },
    FAILED: { description: "Given up after the retry window; not tried again." },
  },
});

@ObjectType({ description: "One HTTP attempt of a delivery." })
export class WebhookAttempt {
  @Field(() => Int, { description: "Which attempt this was: 1 for the first." })
  attempt: number;

  @Field({ description: "When it was sent." })
  attemptedAt: Date;

  @Field({ description: "The receiver answered with a 2xx." })
  succeeded: boolean;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status; null when it never answered." })
  statusCode: number | null;

  @Field(() => Int, { description: "How long the receiver took to answer, in milliseconds." })
  durationMs: number;

  @Field(() => String, { nullable: true, description: "Why it failed (a status or a network error); null when it succeeded." })
  error: string | null;
}

@ObjectType({ description: "One event (or test message) sent to one endpoint, with every attempt." })
export class WebhookDelivery {
  @Field(() => ID, { description: "The delivery's id." })
  id: string;

  @Field({ description: "The webhook-id header: the same on every attempt; receivers de-duplicate on it." })
  webhookId: string;

  @Field(() => ID, { nullable: true, description: "The event delivered; null for a test message." })
  eventId: string | null;

  @Field({ description: "The event's type (resource.action), or webhook_endpoint.test." })
  eventType: string;

  @Field(() => WebhookDeliveryStatus, { description: "Where the delivery stands." })
  status: WebhookDeliveryStatus;

  @Field({ description: "When the delivery was queued." })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "When the next attempt is due; null once delivered or failed." })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When the receiver accepted it; null until then." })
  deliveredAt: Date | null;
}

export const WebhookDeliveryConnection = ConnectionType("WebhookDelivery", WebhookDelivery);
