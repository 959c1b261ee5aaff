import { Field, ID, InputType, Int } from "type-graphql";
import { type CatalogStatus, type CompetencyLevel, CompetencyLevel as CompetencyLevelEnum, OfferingStatus } from "../enums";

@InputType({ description: "A competency of the catalog." })
export class UpsertCompetencyInput {
  @Field({ description: "Upper-case code, e.g. WINDOWS_AND_DEVICES." })
  code: string;

  @Field({ description: "The competency's name, 1 to 200 characters." })
  name: string;
}

@InputType({ description: "An exam of the catalog." })
export class UpsertExamInput {
  @Field({ description: "The exam's code: 2 to 30 upper-case letters, digits or -." })
  code: string;

  @Field({ description: "The exam's name, 1 to 200 characters." })
  name: string;

  @Field({ description: "The competency the exam proves." })
  competencyCode: string;
}

@InputType({ description: "An offering of the catalog." })
export class UpsertOfferingInput {
  @Field({ description: "The offering's code: 2 to 50 upper-case letters, digits or _." })
  code: string;

  @Field({ description: "The offering's name, 1 to 200 characters." })
  name: string;

  @Field(() => OfferingStatus, { defaultValue: "ACTIVE", description: "ACTIVE (the default), or RETIRED." })
  status: CatalogStatus;
}

@InputType({ description: "A competency that qualifies for an engagement type, and its lowest level." })
export class CompetencyRequirementInput {
  @Field({ description: "A competency that qualifies." })
  competencyCode: string;

  @Field(() => CompetencyLevelEnum, { description: "The lowest level that qualifies." })
  minimumLevel: CompetencyLevel;
}

@InputType({ description: "An engagement type of an offering." })
export class UpsertEngagementTypeInput {
  @Field(() => ID, { nullable: true, description: "Omit to create a new engagement type." })
  id?: string | null;

  @Field({ description: "The engagement type's name, 1 to 200 characters." })
  name: string;

  @Field({ description: "The offering the type belongs to." })
  offeringCode: string;

  @Field(() => [Int], { description: "Service levels in days: a subset of 1, 3, 5, 10, 15, none above maxDays." })
  allowedServiceLevels: number[];

  @Field(() => Int, { description: "The most days an engagement may last, 1 to 15." })
  maxDays: number;

  @Field(() => [CompetencyRequirementInput], {
    description: "The competencies that qualify a partner (any one of them suffices).",
  })
  requiredCompetencies: CompetencyRequirementInput[];

  @Field(() => OfferingStatus, { defaultValue: "ACTIVE", description: "ACTIVE (the default), or RETIRED." })
  status: CatalogStatus;
}
