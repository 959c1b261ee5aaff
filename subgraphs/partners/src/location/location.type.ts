import type * as contract from "@psg/shared";
import { Directive, Field, ID, InputType, ObjectType } from "type-graphql";

@InputType({ description: "A partner's new office." })
export class AddPartnerLocationInput {
  @Field(() => ID, { description: "The partner." })
  partnerId: string;

  @Field({ description: "The location's MPN id (digits), unique within the partner." })
  mpnLocationId: string;

  @Field({ description: "ISO 3166-1 alpha-2, e.g. DE." })
  country: string;

  @Field({ description: "The location's postal address, 1 to 500 characters." })
  address: string;
}

@Directive("@inaccessible")
@ObjectType({ description: "A partner location as services see it (internal)." })
export class InternalPartnerLocation implements contract.InternalPartnerLocation {
  @Field(() => ID, { description: "The location's id." })
  id: string;

  @Field(() => ID, { description: "The partner it belongs to." })
  partnerId: string;

  @Field({ description: "ISO 3166-1 alpha-2." })
  country: string;
}
