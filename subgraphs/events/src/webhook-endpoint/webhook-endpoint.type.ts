import { Field, ID, InputType, ObjectType } from "type-graphql";

@ObjectType({ description: "Where an organisation's events are pushed, signed per the Standard Webhooks specification." })
export class WebhookEndpoint {
  @Field(() => ID)
  id: string;

  @Field()
  url: string;

  @Field(() => [String], { description: "The event types sent here; empty: every type." })
  eventTypes: string[];

  @Field()
  description: string;

  @Field({ description: "False once disabled, by its admins or after failing for the whole retry window (3 days)." })
  enabled: boolean;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  disabledAt: Date | null;
}

@ObjectType({ description: "An endpoint with its signing secret, shown this once." })
export class CreatedWebhookEndpoint {
  @Field(() => WebhookEndpoint)
  endpoint: WebhookEndpoint;

  @Field({ description: "The Standard Webhooks secret (whsec_...): verify every delivery's webhook-signature with it." })
  signingSecret: string;
}

@InputType()
export class CreateWebhookEndpointInput {
  @Field({ description: "https only in production; never a loopback, private or link-local address." })
  url: string;

  @Field(() => [String], { defaultValue: [], description: "Event types (resource.action); empty: every type." })
  eventTypes: string[];

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class UpdateWebhookEndpointInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => [String], { nullable: true })
  eventTypes?: string[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Re-enable a disabled endpoint, or pause one." })
  enabled?: boolean | null;
}
