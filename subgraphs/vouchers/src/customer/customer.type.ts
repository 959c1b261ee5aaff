import { ConnectionType, DateScalar } from "@psg/shared";
import { Field, InputType, Int } from "type-graphql";
import { Customer } from "./customer.entity";

@InputType({ description: "A customer to register, with its pool of planning days." })
export class CreateCustomerInput {
  @Field({ description: "The customer's name, 1 to 200 characters." })
  name: string;

  @Field({ description: "ISO 3166-1 alpha-2." })
  country: string;

  @Field(() => String, { description: "The licensing agreement number, if known.", nullable: true })
  agreementNumber?: string | null;

  @Field(() => DateScalar, { description: "The last day of the customer's Software Assurance coverage." })
  saCoverageEnd: string;

  @Field(() => Int, { description: "Planning-service days in the customer's pool." })
  planningDays: number;
}

export const CustomerConnection = ConnectionType("Customer", Customer);
