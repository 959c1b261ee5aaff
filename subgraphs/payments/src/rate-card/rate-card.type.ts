import { DateScalar } from "@psg/shared";
import { Field, InputType, ObjectType } from "type-graphql";
import { Money } from "../money/money";

@ObjectType("RateCard", { description: "The daily rate paid for planning-service days delivered in a country." })
export class RateCardView {
  @Field({ description: "The delivery country, ISO 3166-1 alpha-2." })
  country: string;

  @Field({ description: "The currency paid, ISO 4217." })
  currency: string;

  @Field(() => Money, { description: "What one delivered day is paid." })
  dailyRate: Money;

  @Field(() => DateScalar, { description: "The first day this rate applies (by redemption date)." })
  validFrom: string;

  @Field(() => DateScalar, { nullable: true, description: "The last day this rate applies; null while it is current." })
  validTo: string | null;
}

@InputType({ description: "A country's daily rate from a date on." })
export class SetRateInput {
  @Field({ description: "ISO 3166-1 alpha-2." })
  country: string;

  @Field({ description: "ISO 4217." })
  currency: string;

  @Field({ description: 'Integer minor units as a string, e.g. "110000".' })
  dailyRateMinor: string;

  @Field(() => DateScalar, { description: "The first day the rate applies." })
  validFrom: string;
}
