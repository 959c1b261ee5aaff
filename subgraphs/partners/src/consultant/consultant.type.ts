import { ConnectionType, DateScalar } from "@psg/shared";
import { Field, ID, InputType } from "type-graphql";
import { Consultant } from "./consultant.entity";

@InputType()
export class AddConsultantInput {
  @Field(() => ID)
  partnerId: string;

  @Field()
  name: string;

  @Field()
  email: string;
}

@InputType()
export class RecordExamPassInput {
  @Field(() => ID)
  consultantId: string;

  @Field()
  examCode: string;

  @Field(() => DateScalar)
  passedAt: string;

  @Field(() => DateScalar, { description: "The last day the pass counts." })
  expiresAt: string;
}

export const ConsultantConnection = ConnectionType("Consultant", Consultant);
