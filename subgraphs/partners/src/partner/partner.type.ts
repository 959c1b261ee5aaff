import { ConnectionArgs, ConnectionType, DateScalar } from "@psg/shared";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { Partner } from "./partner.entity";

@InputType({ description: "A new partner of the program." })
export class CreatePartnerInput {
  @Field({ description: "The Microsoft Partner Network id (digits)." })
  mpnId: string;

  @Field({ description: "The partner's legal name, 1 to 200 characters." })
  legalName: string;

  @Field(() => DateScalar, { description: "The first day of the program membership." })
  membershipStart: string;

  @Field(() => DateScalar, { description: "The last day of the membership." })
  membershipEnd: string;
}

@InputType({ description: "A partner's membership, extended to a new last day." })
export class RenewMembershipInput {
  @Field(() => ID, { description: "The partner." })
  partnerId: string;

  @Field(() => DateScalar, { description: "The new last day of the membership (not before its first day)." })
  membershipEnd: string;
}

@ArgsType()
export class PartnersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "The start of a legal name (any case), or an exact MPN id." })
  search?: string | null;
}

export const PartnerConnection = ConnectionType("Partner", Partner);
