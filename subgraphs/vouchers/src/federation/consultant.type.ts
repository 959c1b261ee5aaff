import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The partners subgraph's Consultant, referenced by id. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("Consultant")
export class ConsultantRef {
  @Field(() => ID)
  id: string;
}
