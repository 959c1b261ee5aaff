import { Field, ID, InputType, registerEnumType } from "type-graphql";

export const EnrollmentStatusEnum = { ENROLLED: "ENROLLED", EXPIRED: "EXPIRED" } as const;
registerEnumType(EnrollmentStatusEnum, { name: "EnrollmentStatus", description: "EXPIRED from one year after enrolment." });

@InputType({ description: "A partner's enrolment in an offering, accepting the program agreement." })
export class EnrollInOfferingInput {
  @Field(() => ID, { description: "The partner." })
  partnerId: string;

  @Field({ description: "The offering to enrol in, e.g. DDPS." })
  offeringCode: string;

  @Field({ description: "The version of the program agreement being accepted." })
  agreementVersion: string;

  @Field({ description: "Must be true: the partner accepts the program agreement." })
  acceptAgreement: boolean;
}
