import { DateScalar } from "@psg/shared";
import { Field, InputType, ObjectType } from "type-graphql";
import { Money } from "../money/money";

@ObjectType("RateCard", { description: "The daily rate paid for planning-service days delivered in a country." })
export class RateCardView {
  @Field()
  country: string;

  @Field()
  currency: string;

  @Field(() => Money)
  dailyRate: Money;

  @Field(() => DateScalar)
  validFrom: string;

  @Field(() => DateScalar, { nullable: true, description: "The last day this rate applies; null while it is current." })
  validTo: string | null;
}

@InputType()
export class SetRateInput {
  @Field({ description: "ISO 3166-1 alpha-2." })
  country: string;

  @Field({ description: "ISO 4217." })
  currency: string;

  @Field({ description: 'Integer minor units as a string, e.g. "110000".' })
  dailyRateMinor: string;

  @Field(() => DateScalar)
  validFrom: string;
}
