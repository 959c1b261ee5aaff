import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "One requirement for delivering an engagement type, and whether it is met." })
export class EligibilityCheck {
  @Field({ description: "MEMBERSHIP_ACTIVE, ENROLLED, QUALIFYING_COMPETENCY or QUALIFIED_CONSULTANT." })
  code: string;

  @Field()
  met: boolean;

  @Field({ description: "A sentence saying what holds, or what is missing." })
  detail: string;
}

@ObjectType({ description: "Whether a partner may deliver an engagement type now, requirement by requirement." })
export class EligibilityReport {
  @Field()
  eligible: boolean;

  @Field(() => [EligibilityCheck])
  checks: EligibilityCheck[];
}
