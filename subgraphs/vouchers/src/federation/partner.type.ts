import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The partners subgraph's Partner; this subgraph adds its vouchers and engagements. */
@Directive('@key(fields: "id")')
@ObjectType("Partner")
export class PartnerRef {
  @Field(() => ID)
  id: string;
}
