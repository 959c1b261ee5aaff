import type * as contract from "@psg/shared";
import { Directive, Field, ID, InputType, ObjectType } from "type-graphql";

@InputType()
export class AddPartnerLocationInput {
  @Field(() => ID)
  partnerId: string;

  @Field()
  mpnLocationId: string;

  @Field({ description: "ISO 3166-1 alpha-2, e.g. DE." })
  country: string;

  @Field()
  address: string;
}

@Directive("@inaccessible")
@ObjectType({ description: "A partner location as services see it (internal)." })
export class InternalPartnerLocation implements contract.InternalPartnerLocation {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  partnerId: string;

  @Field()
  country: string;
}
