import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The partners subgraph's PartnerLocation, referenced by id. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("PartnerLocation")
export class PartnerLocationRef {
  @Field(() => ID)
  id: string;
}
