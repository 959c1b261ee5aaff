import type * as contract from "@psg/shared";
import { Directive, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { type CatalogStatus, OfferingStatus } from "../enums";

@Directive("@inaccessible")
@InputType({ description: "Internal: may this partner deliver this engagement type, here, with these consultants, then?" })
export class DeliveryCheckInput implements contract.DeliveryCheckInput {
  @Field(() => ID, { description: "The partner that would deliver." })
  partnerId: string;

  @Field(() => ID, { description: "The engagement type it would deliver." })
  engagementTypeId: string;

  @Field(() => String, { nullable: true, description: "The offering the type must belong to, if any." })
  offeringCode?: string | null;

  @Field(() => ID, { nullable: true, description: "The partner's location it would deliver under, if any." })
  locationId?: string | null;

  @Field(() => String, { nullable: true, description: "The country of delivery, which must be the location's, if any." })
  country?: string | null;

  @Field(() => [ID], { nullable: true, description: "The consultants who would deliver; each must qualify." })
  consultantIds?: string[] | null;

  @Field({ description: "The instant the rules are read at." })
  at: Date;
}

@Directive("@inaccessible")
@ObjectType({ description: "Internal: null code means allowed; otherwise the first failing rule." })
export class DeliveryCheckResult implements contract.DeliveryCheckResult {
  @Field(() => String, { nullable: true, description: "Null when allowed; otherwise the code of the first failing rule." })
  code: contract.ErrorCode | null;

  @Field(() => String, { nullable: true, description: "Why not, for a person; null when allowed." })
  message: string | null;

  @Field(() => String, { nullable: true, description: "The engagement type's offering; null for an unknown type." })
  offeringCode: string | null;

  @Field(() => Int, { nullable: true, description: "The engagement type's longest engagement, in days." })
  maxDays: number | null;

  @Field(() => [Int], { nullable: true, description: "The engagement type's service levels, in days." })
  allowedServiceLevels: number[] | null;
}

@Directive("@inaccessible")
@ObjectType({ description: "Internal: an offering as services see it." })
export class InternalOffering implements contract.InternalOffering {
  @Field({ description: "The offering's code." })
  code: string;

  @Field(() => OfferingStatus, { description: "ACTIVE or RETIRED." })
  status: CatalogStatus;

  @Field(() => [Int], { description: "Sorted union over the offering's active engagement types." })
  allowedServiceLevels: number[];
}
