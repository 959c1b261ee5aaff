import { ConnectionType, DateScalar } from "@psg/shared";
import { Field, ID, InputType, Int } from "type-graphql";
import { Engagement } from "./engagement.entity";

@InputType({ description: "New planned dates for a scheduled engagement, inside the voucher's validity." })
export class RescheduleEngagementInput {
  @Field(() => ID, { description: "The engagement (of a voucher your partner holds)." })
  engagementId: string;

  @Field(() => DateScalar, { description: "New first planned day (YYYY-MM-DD): today or later." })
  plannedStart: string;

  @Field(() => DateScalar, { description: "New last planned day (YYYY-MM-DD): on or before the voucher expires." })
  plannedEnd: string;
}

@InputType({ description: "Delivery starts, with the partner's qualified consultants." })
export class StartEngagementInput {
  @Field(() => ID, { description: "The scheduled engagement." })
  engagementId: string;

  @Field(() => [ID], { description: "At least one of the partner's consultants, each with an unexpired qualifying exam." })
  consultantIds: string[];

  @Field(() => DateScalar, { description: "The day delivery started (YYYY-MM-DD)." })
  actualStart: string;
}

@InputType({ description: "Delivery is done: the days actually delivered." })
export class CompleteDeliveryInput {
  @Field(() => ID, { description: "The engagement in delivery." })
  engagementId: string;

  @Field(() => DateScalar, { description: "The last day of delivery (YYYY-MM-DD)." })
  actualEnd: string;

  @Field(() => Int, { description: "Days delivered: at most the voucher's service level days (and 15)." })
  daysDelivered: number;

  @Field(() => Int, { description: "Of those, days delivered off site: at most 3." })
  offsiteDays: number;
}

export const EngagementConnection = ConnectionType("Engagement", Engagement);
