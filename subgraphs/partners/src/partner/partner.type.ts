import { ConnectionArgs, ConnectionType, DateScalar } from "@psg/shared";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { Partner } from "./partner.entity";

@InputType()
export class CreatePartnerInput {
  @Field({ description: "The Microsoft Partner Network id (digits)." })
  mpnId: string;

  @Field()
  legalName: string;

  @Field(() => DateScalar)
  membershipStart: string;

  @Field(() => DateScalar, { description: "The last day of the membership." })
  membershipEnd: string;
}

@InputType()
export class RenewMembershipInput {
  @Field(() => ID)
  partnerId: string;

  @Field(() => DateScalar)
  membershipEnd: string;
}

@ArgsType()
export class PartnersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "The start of a legal name (any case), or an exact MPN id." })
  search?: string | null;
}

export const PartnerConnection = ConnectionType("Partner", Partner);
