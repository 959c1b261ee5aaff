import { ConnectionType, DateScalar } from "@psg/shared";
import { Field, ID, InputType, Int } from "type-graphql";
import { Engagement } from "./engagement.entity";

@InputType({ description: "New planned dates for a scheduled engagement." })
export class RescheduleEngagementInput {
  @Field(() => ID, { description: "The scheduled engagement." })
  engagementId: string;

  @Field(() => DateScalar, { description: "The new planned first day, today or later." })
  plannedStart: string;

  @Field(() => DateScalar, { description: "The new planned last day, by the voucher's expiry." })
  plannedEnd: string;
}

@InputType({ description: "The start of delivery." })
export class StartEngagementInput {
  @Field(() => ID, { description: "The scheduled engagement." })
  engagementId: string;

  @Field(() => [ID], { description: "The partner's consultants who deliver; each qualified for the engagement type." })
  consultantIds: string[];

  @Field(() => DateScalar, { description: "The day delivery started: not in the future." })
  actualStart: string;
}

@InputType({ description: "What was delivered." })
export class CompleteDeliveryInput {
  @Field(() => ID, { description: "The engagement in delivery." })
  engagementId: string;

  @Field(() => DateScalar, { description: "The day delivery ended: not in the future." })
  actualEnd: string;

  @Field(() => Int, { description: "Days delivered, at most the voucher's service level." })
  daysDelivered: number;

  @Field(() => Int, { description: "Of those, days delivered off-site (at most 3)." })
  offsiteDays: number;
}

export const EngagementConnection = ConnectionType("Engagement", Engagement);
