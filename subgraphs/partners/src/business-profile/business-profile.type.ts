import { Field, ID, InputType } from "type-graphql";

@InputType()
export class UpsertBusinessProfileInput {
  @Field(() => ID)
  partnerId: string;

  @Field({ description: "The region the profile is for, e.g. EMEA." })
  region: string;

  @Field({ description: "At most 2,500 characters." })
  description: string;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => [String], { defaultValue: [] })
  industries: string[];

  @Field(() => [String], { defaultValue: [] })
  products: string[];
}
