import { ConnectionType, DateScalar } from "@psg/shared";
import { Field, ID, InputType } from "type-graphql";
import { Consultant } from "./consultant.entity";

@InputType({ description: "A partner's new consultant." })
export class AddConsultantInput {
  @Field(() => ID, { description: "The partner the consultant works for." })
  partnerId: string;

  @Field({ description: "The consultant's name, 1 to 200 characters." })
  name: string;

  @Field({ description: "The consultant's e-mail address." })
  email: string;
}

@InputType({ description: "An exam a consultant passed, and for how long the pass counts." })
export class RecordExamPassInput {
  @Field(() => ID, { description: "The consultant." })
  consultantId: string;

  @Field({ description: "The exam passed, e.g. MD-100." })
  examCode: string;

  @Field(() => DateScalar, { description: "The day it was passed." })
  passedAt: string;

  @Field(() => DateScalar, { description: "The last day the pass counts." })
  expiresAt: string;
}

export const ConsultantConnection = ConnectionType("Consultant", Consultant);
