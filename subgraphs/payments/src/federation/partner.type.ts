import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The partners subgraph's Partner, extended here with its payment requests and registrations. */
@Directive('@key(fields: "id")')
@ObjectType("Partner")
export class PartnerRef {
  @Field(() => ID)
  id: string;
}
