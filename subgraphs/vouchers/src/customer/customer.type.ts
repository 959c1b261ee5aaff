import { ConnectionType, DateScalar } from "@psg/shared";
import { Field, InputType, Int } from "type-graphql";
import { Customer } from "./customer.entity";

@InputType({ description: "A new customer organisation with its pool of planning days (operators only)." })
export class CreateCustomerInput {
  @Field({ description: "The customer's name." })
  name: string;

  @Field({ description: "ISO 3166-1 alpha-2." })
  country: string;

  @Field(() => String, { nullable: true, description: "The customer's Software Assurance agreement number, if known." })
  agreementNumber?: string | null;

  @Field(() => DateScalar, { description: "The last day of SA coverage (YYYY-MM-DD): days of vouchers expiring later are lost." })
  saCoverageEnd: string;

  @Field(() => Int, { description: "Planning-service days in the customer's pool." })
  planningDays: number;
}

export const CustomerConnection = ConnectionType("Customer", Customer);
