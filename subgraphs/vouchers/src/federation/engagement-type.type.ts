import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The partners subgraph's EngagementType, referenced by id. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("EngagementType")
export class EngagementTypeRef {
  @Field(() => ID)
  id: string;
}
