import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "A bank account for one of the partner's locations." })
export class AddBankAccountInput {
  @Field(() => ID, { description: "The partner." })
  partnerId: string;

  @Field(() => ID, { description: "The partner's location the account is for." })
  locationId: string;

  @Field({ description: "The account holder's name." })
  holderName: string;

  @Field({ description: "Stored; shown afterwards only masked." })
  accountNumber: string;

  @Field({ description: "The account's currency, ISO 4217 (e.g. EUR)." })
  currency: string;
}
