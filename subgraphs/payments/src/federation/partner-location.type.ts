import { Directive, Field, ID, ObjectType } from "type-graphql";

/** A reference to the partners subgraph's PartnerLocation. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("PartnerLocation")
export class PartnerLocationRef {
  @Field(() => ID)
  id: string;
}
