import { ConnectionType, DateScalar } from "@psg/shared";
import { Field, InputType, Int } from "type-graphql";
import { Customer } from "./customer.entity";

@InputType()
export class CreateCustomerInput {
  @Field()
  name: string;

  @Field({ description: "ISO 3166-1 alpha-2." })
  country: string;

  @Field(() => String, { nullable: true })
  agreementNumber?: string | null;

  @Field(() => DateScalar)
  saCoverageEnd: string;

  @Field(() => Int, { description: "Planning-service days in the customer's pool." })
  planningDays: number;
}

export const CustomerConnection = ConnectionType("Customer", Customer);
