import { ConnectionType, DateScalar } from "@psg/shared";
import { Field, ID, InputType, Int } from "type-graphql";
import { Engagement } from "./engagement.entity";

@InputType()
export class RescheduleEngagementInput {
  @Field(() => ID)
  engagementId: string;

  @Field(() => DateScalar)
  plannedStart: string;

  @Field(() => DateScalar)
  plannedEnd: string;
}

@InputType()
export class StartEngagementInput {
  @Field(() => ID)
  engagementId: string;

  @Field(() => [ID])
  consultantIds: string[];

  @Field(() => DateScalar)
  actualStart: string;
}

@InputType()
export class CompleteDeliveryInput {
  @Field(() => ID)
  engagementId: string;

  @Field(() => DateScalar)
  actualEnd: string;

  @Field(() => Int)
  daysDelivered: number;

  @Field(() => Int)
  offsiteDays: number;
}

export const EngagementConnection = ConnectionType("Engagement", Engagement);
