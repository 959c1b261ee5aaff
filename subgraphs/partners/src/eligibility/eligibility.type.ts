import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "One requirement for delivering an engagement type, and whether it is met." })
export class EligibilityCheck {
  @Field({ description: "MEMBERSHIP_ACTIVE, ENROLLED, QUALIFYING_COMPETENCY or QUALIFIED_CONSULTANT." })
  code: string;

  @Field({ description: "Whether the requirement holds now." })
  met: boolean;

  @Field({ description: "A sentence saying what holds, or what is missing." })
  detail: string;
}

@ObjectType({ description: "Whether a partner may deliver an engagement type now, requirement by requirement." })
export class EligibilityReport {
  @Field({ description: "True when every requirement is met." })
  eligible: boolean;

  @Field(() => [EligibilityCheck], { description: "Every requirement, in order, met or not." })
  checks: EligibilityCheck[];
}
