import { DateScalar } from "@psg/shared";
import { Field, ID, InputType } from "type-graphql";
import { type CompetencyLevel, CompetencyLevel as CompetencyLevelEnum } from "../enums";

@InputType({ description: "A competency granted to a partner, at a level, for a period." })
export class GrantCompetencyInput {
  @Field(() => ID, { description: "The partner." })
  partnerId: string;

  @Field({ description: "The competency granted." })
  competencyCode: string;

  @Field(() => CompetencyLevelEnum, { description: "The level held." })
  level: CompetencyLevel;

  @Field(() => DateScalar, { description: "The first day the competency counts." })
  attainedAt: string;

  @Field(() => DateScalar, { description: "The last day the competency counts." })
  expiresAt: string;
}
