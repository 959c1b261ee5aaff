import { Directive, Field, ObjectType } from "type-graphql";

/** A reference to the partners subgraph's Offering. */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType("Offering")
export class OfferingRef {
  @Field()
  code: string;
}
