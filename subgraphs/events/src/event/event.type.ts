import { ConnectionArgs, ConnectionType } from "@psg/shared";
import { GraphQLJSON } from "graphql-scalars";
import { ArgsType, Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "One change, as integrations learn of it: `type` is `resource.action`." })
export class Event {
  @Field(() => ID, { description: "The event's id; the same in every delivery of it." })
  id: string;

  @Field({ description: "What happened, as resource.action (e.g. voucher.reserved)." })
  type: string;

  @Field({ description: "When the change was made." })
  occurredAt: Date;

  @Field(() => ID, { description: "The id of what changed." })
  subjectId: string;

  @Field({ description: "What kind of thing changed (the resource of `type`)." })
  subjectType: string;

  @Field(() => GraphQLJSON, { description: "What changed; never more than the API shows this organisation." })
  data: Record<string, unknown>;
}

export const EventConnection = ConnectionType("Event", Event);

@ArgsType()
export class EventsArgs extends ConnectionArgs {
  @Field(() => [String], { nullable: true, description: "Only these event types." })
  types?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Only events about this subject (a voucher id, a payment request id, ...)." })
  subjectId?: string | null;
}
