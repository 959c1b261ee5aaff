import type * as contract from "@psg/shared";
import { Directive, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { type CatalogStatus, OfferingStatus } from "../enums";

@Directive("@inaccessible")
@InputType({ description: "Internal: may this partner deliver this engagement type, here, with these consultants, then?" })
export class DeliveryCheckInput implements contract.DeliveryCheckInput {
  @Field(() => ID)
  partnerId: string;

  @Field(() => ID)
  engagementTypeId: string;

  @Field(() => String, { nullable: true })
  offeringCode?: string | null;

  @Field(() => ID, { nullable: true })
  locationId?: string | null;

  @Field(() => String, { nullable: true })
  country?: string | null;

  @Field(() => [ID], { nullable: true })
  consultantIds?: string[] | null;

  @Field()
  at: Date;
}

@Directive("@inaccessible")
@ObjectType({ description: "Internal: null code means allowed; otherwise the first failing rule." })
export class DeliveryCheckResult implements contract.DeliveryCheckResult {
  @Field(() => String, { nullable: true })
  code: contract.ErrorCode | null;

  @Field(() => String, { nullable: true })
  message: string | null;

  @Field(() => String, { nullable: true })
  offeringCode: string | null;

  @Field(() => Int, { nullable: true })
  maxDays: number | null;

  @Field(() => [Int], { nullable: true })
  allowedServiceLevels: number[] | null;
}

@Directive("@inaccessible")
@ObjectType({ description: "Internal: an offering as services see it." })
export class InternalOffering implements contract.InternalOffering {
  @Field()
  code: string;

  @Field(() => OfferingStatus)
  status: CatalogStatus;

  @Field(() => [Int], { description: "Sorted union over the offering's active engagement types." })
  allowedServiceLevels: number[];
}
