import { Field, ID, InputType, registerEnumType } from "type-graphql";

export const EnrollmentStatusEnum = { ENROLLED: "ENROLLED", EXPIRED: "EXPIRED" } as const;
registerEnumType(EnrollmentStatusEnum, { name: "EnrollmentStatus", description: "EXPIRED from one year after enrolment." });

@InputType()
export class EnrollInOfferingInput {
  @Field(() => ID)
  partnerId: string;

  @Field()
  offeringCode: string;

  @Field({ description: "The version of the program agreement being accepted." })
  agreementVersion: string;

  @Field()
  acceptAgreement: boolean;
}
