import { DateScalar } from "@psg/shared";
import { Field, ID, InputType } from "type-graphql";
import { type CompetencyLevel, CompetencyLevel as CompetencyLevelEnum } from "../enums";

@InputType()
export class GrantCompetencyInput {
  @Field(() => ID)
  partnerId: string;

  @Field()
  competencyCode: string;

  @Field(() => CompetencyLevelEnum)
  level: CompetencyLevel;

  @Field(() => DateScalar)
  attainedAt: string;

  @Field(() => DateScalar, { description: "The last day the competency counts." })
  expiresAt: string;
}
