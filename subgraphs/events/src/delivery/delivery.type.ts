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
});

@ObjectType({ description: "One HTTP attempt of a delivery." })
export class WebhookAttempt {
  @Field(() => Int)
  attempt: number;

  @Field()
  attemptedAt: Date;

  @Field()
  succeeded: boolean;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status; null when it never answered." })
  statusCode: number | null;

  @Field(() => Int)
  durationMs: number;

  @Field(() => String, { nullable: true })
  error: string | null;
}

@ObjectType({ description: "One event (or test message) sent to one endpoint, with every attempt." })
export class WebhookDelivery {
  @Field(() => ID)
  id: string;

  @Field({ description: "The webhook-id header: the same on every attempt; receivers de-duplicate on it." })
  webhookId: string;

  @Field(() => ID, { nullable: true, description: "The event delivered; null for a test message." })
  eventId: string | null;

  @Field()
  eventType: string;

  @Field(() => WebhookDeliveryStatus)
  status: WebhookDeliveryStatus;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true })
  deliveredAt: Date | null;
}

export const WebhookDeliveryConnection = ConnectionType("WebhookDelivery", WebhookDelivery);
