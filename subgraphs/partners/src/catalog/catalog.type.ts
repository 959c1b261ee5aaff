import { Field, ID, InputType, Int } from "type-graphql";
import { type CatalogStatus, type CompetencyLevel, CompetencyLevel as CompetencyLevelEnum, OfferingStatus } from "../enums";

@InputType()
export class UpsertCompetencyInput {
  @Field({ description: "Upper-case code, e.g. WINDOWS_AND_DEVICES." })
  code: string;

  @Field()
  name: string;
}

@InputType()
export class UpsertExamInput {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field()
  competencyCode: string;
}

@InputType()
export class UpsertOfferingInput {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => OfferingStatus, { defaultValue: "ACTIVE" })
  status: CatalogStatus;
}

@InputType()
export class CompetencyRequirementInput {
  @Field()
  competencyCode: string;

  @Field(() => CompetencyLevelEnum)
  minimumLevel: CompetencyLevel;
}

@InputType()
export class UpsertEngagementTypeInput {
  @Field(() => ID, { nullable: true, description: "Omit to create a new engagement type." })
  id?: string | null;

  @Field()
  name: string;

  @Field()
  offeringCode: string;

  @Field(() => [Int])
  allowedServiceLevels: number[];

  @Field(() => Int)
  maxDays: number;

  @Field(() => [CompetencyRequirementInput])
  requiredCompetencies: CompetencyRequirementInput[];

  @Field(() => OfferingStatus, { defaultValue: "ACTIVE" })
  status: CatalogStatus;
}
