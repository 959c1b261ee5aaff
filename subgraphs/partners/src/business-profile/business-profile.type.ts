import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "A partner's profile for one region." })
export class UpsertBusinessProfileInput {
  @Field(() => ID, { description: "The partner." })
  partnerId: string;

  @Field({ description: "The region the profile is for, e.g. EMEA." })
  region: string;

  @Field({ description: "At most 2,500 characters." })
  description: string;

  @Field(() => String, { nullable: true, description: "An http or https URL; omit for none." })
  website?: string | null;

  @Field(() => [String], { defaultValue: [], description: "At most 50, each 1 to 100 characters." })
  industries: string[];

  @Field(() => [String], { defaultValue: [], description: "At most 50, each 1 to 100 characters." })
  products: string[];
}
