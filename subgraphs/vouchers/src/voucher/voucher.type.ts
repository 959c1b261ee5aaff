import { ConnectionArgs, ConnectionType, DateScalar } from "@psg/shared";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { OfferingRef } from "../federation/offering.type";
import { Voucher } from "./voucher.entity";
import { VoucherStatus } from "./voucher-status";

@InputType()
export class CreateVoucherInput {
  @Field(() => ID)
  customerId: string;

  @Field()
  offeringCode: string;

  @Field(() => Int)
  serviceLevelDays: number;

  @Field({ description: "The project manager the voucher is assigned to." })
  assigneeName: string;

  @Field()
  assigneeEmail: string;
}

@InputType()
export class ValidateVoucherInput {
  @Field()
  number: string;

  @Field({ description: "The e-mail address of the project manager the voucher is assigned to." })
  assigneeEmail: string;
}

@InputType()
export class ReserveVoucherInput {
  @Field(() => String, {
    nullable: true,
    description: "The voucher's number, with assigneeEmail; or leave both out and give voucherId of a voucher offered to you.",
  })
  number?: string | null;

  @Field(() => String, { nullable: true, description: "The e-mail address of the voucher's assignee, with number." })
  assigneeEmail?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "Instead of number and assigneeEmail: a voucher a customer offers to this partner (Partner.offeredVouchers); VOUCHER_NOT_OFFERED without an open offer.",
  })
  voucherId?: string | null;

  @Field(() => ID)
  partnerId: string;

  @Field(() => ID)
  locationId: string;

  @Field(() => ID)
  engagementTypeId: string;

  @Field(() => DateScalar)
  plannedStart: string;

  @Field(() => DateScalar)
  plannedEnd: string;

  @Field()
  acceptTerms: boolean;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2; defaults to the customer's country." })
  deliveryCountry?: string | null;
}

@InputType()
export class CancelReservationInput {
  @Field(() => ID)
  voucherId: string;

  @Field()
  reason: string;
}

@ObjectType({ description: "What a partner learns from a voucher number and its assignee's e-mail." })
export class VoucherValidation {
  @Field(() => ID)
  voucherId: string;

  @Field()
  number: string;

  @Field(() => OfferingRef)
  offering: OfferingRef;

  @Field(() => Int)
  serviceLevelDays: number;

  @Field()
  expiresAt: Date;

  @Field()
  customerName: string;

  @Field(() => VoucherStatus)
  status: VoucherStatus;
}

@ArgsType()
export class VoucherListArgs extends ConnectionArgs {
  @Field(() => VoucherStatus, { nullable: true })
  status?: VoucherStatus | null;
}

@ArgsType()
export class VoucherSearchArgs extends VoucherListArgs {
  @Field(() => String, { nullable: true })
  offeringCode?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Only vouchers expiring before this date." })
  expiringBefore?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Only redeemed vouchers whose last claim day (claimDeadline) is before this date: payment must be requested by then. Whether one is claimed already is its paymentStatus.",
  })
  claimDeadlineBefore?: string | null;
}

export const VoucherConnection = ConnectionType("Voucher", Voucher);
