import { ConnectionArgs, ConnectionType } from "@psg/shared";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { type PaymentRequestStatus, PaymentRequestStatus as PaymentRequestStatusEnum } from "../enums";
import { PaymentRequest } from "./payment-request.entity";

@InputType({ description: "A request for payment of redeemed vouchers." })
export class CreatePaymentRequestInput {
  @Field(() => ID, { description: "The partner asking for payment." })
  partnerId: string;

  @Field(() => ID, { description: "The location the vouchers were redeemed under; its bank account is paid." })
  locationId: string;

  @Field(() => [ID], { description: "Vouchers this partner redeemed under this location (1 to 100)." })
  voucherIds: string[];
}

@InputType({ description: "A submitted request, denied with a reason." })
export class DenyPaymentRequestInput {
  @Field(() => ID, { description: "The payment request." })
  id: string;

  @Field({ description: "Why; the partner may then ask again for these vouchers, corrected." })
  reason: string;
}

@InputType({ description: "An approved request, paid." })
export class MarkPaymentRequestPaidInput {
  @Field(() => ID, { description: "The payment request." })
  id: string;

  @Field({ description: "The program's reference for the transfer." })
  paymentReference: string;
}

@ArgsType()
export class PaymentRequestsArgs extends ConnectionArgs {
  @Field(() => PaymentRequestStatusEnum, { nullable: true, description: "Only requests in this state; omit for all." })
  status?: PaymentRequestStatus | null;

  @Field(() => ID, { nullable: true, description: "Operators only; a partner always sees its own." })
  partnerId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: only approved requests past their due date (overdue); false: only those that are not.",
  })
  overdue?: boolean | null;
}

export const PaymentRequestConnection = ConnectionType("PaymentRequest", PaymentRequest);
