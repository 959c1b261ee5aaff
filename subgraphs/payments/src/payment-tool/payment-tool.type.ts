import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "A partner's registration for the payment tool for one offering." })
export class RegisterPaymentToolInput {
  @Field(() => ID, { description: "The partner." })
  partnerId: string;

  @Field({ description: "The offering it will ask payment for, e.g. DDPS." })
  offeringCode: string;
}
