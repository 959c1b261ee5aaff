import { Directive, Field, ObjectType } from "type-graphql";

/** The partners subgraph's Offering, referenced by code. */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType("Offering")
export class OfferingRef {
  @Field()
  code: string;
}
