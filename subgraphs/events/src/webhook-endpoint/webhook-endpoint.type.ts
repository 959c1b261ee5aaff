import { Field, ID, InputType, ObjectType } from "type-graphql";

@ObjectType({ description: "Where an organisation's events are pushed, signed per the Standard Webhooks specification." })
export class WebhookEndpoint {
  @Field(() => ID, { description: "The endpoint's id." })
  id: string;

  @Field({ description: "Where deliveries are POSTed." })
  url: string;

  @Field(() => [String], { description: "The event types sent here; empty: every type." })
  eventTypes: string[];

  @Field({ description: "What the endpoint is for, as its admins wrote it." })
  description: string;

  @Field({ description: "False once disabled, by its admins or after failing for the whole retry window (3 days)." })
  enabled: boolean;

  @Field({ description: "When it was created." })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "When it was disabled; null while enabled." })
  disabledAt: Date | null;
}

@ObjectType({ description: "An endpoint with its signing secret, shown this once." })
export class CreatedWebhookEndpoint {
  @Field(() => WebhookEndpoint, { description: "The endpoint." })
  endpoint: WebhookEndpoint;

  @Field({ description: "The Standard Webhooks secret (whsec_...): verify every delivery's webhook-signature with it." })
  signingSecret: string;
}

@InputType({ description: "A new webhook endpoint for the key's organisation." })
export class CreateWebhookEndpointInput {
  @Field({ description: "https only in production; never a loopback, private or link-local address." })
  url: string;

  @Field(() => [String], { defaultValue: [], description: "Event types (resource.action); empty: every type." })
  eventTypes: string[];

  @Field(() => String, { nullable: true, description: "What the endpoint is for (free text)." })
  description?: string | null;
}

@InputType({ description: "Changes to a webhook endpoint; fields left out stay as they are." })
export class UpdateWebhookEndpointInput {
  @Field(() => ID, { description: "The endpoint to change." })
  id: string;

  @Field(() => String, { nullable: true, description: "A new URL, under the same rules as at creation." })
  url?: string | null;

  @Field(() => [String], { nullable: true, description: "New event types (resource.action); empty: every type." })
  eventTypes?: string[] | null;

  @Field(() => String, { nullable: true, description: "A new description." })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Re-enable a disabled endpoint, or pause one." })
  enabled?: boolean | null;
}
