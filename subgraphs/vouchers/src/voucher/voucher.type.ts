import { ConnectionArgs, ConnectionType, DateScalar } from "@psg/shared";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { OfferingRef } from "../federation/offering.type";
import { Voucher } from "./voucher.entity";
import { VoucherStatus } from "./voucher-status";

@InputType({ description: "A voucher to create and assign to a project manager." })
export class CreateVoucherInput {
  @Field(() => ID, { description: "The customer whose pool pays for the voucher." })
  customerId: string;

  @Field({ description: "The offering the voucher is for, e.g. DDPS." })
  offeringCode: string;

  @Field(() => Int, { description: "Days of planning services: 1, 3, 5, 10 or 15, as the offering allows." })
  serviceLevelDays: number;

  @Field({ description: "The project manager the voucher is assigned to." })
  assigneeName: string;

  @Field({ description: "The project manager's e-mail address; partners need it with the number." })
  assigneeEmail: string;
}

@InputType({ description: "A voucher number and its assignee's e-mail address." })
export class ValidateVoucherInput {
  @Field({ description: "The voucher number, as the project manager handed it over." })
  number: string;

  @Field({ description: "The e-mail address of the project manager the voucher is assigned to." })
  assigneeEmail: string;
}

@InputType({ description: "A reservation: the voucher, the partner and the planned engagement." })
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

  @Field(() => ID, { description: "The reserving partner: the caller's own." })
  partnerId: string;

  @Field(() => ID, { description: "The partner location that delivers; it must be in the delivery country." })
  locationId: string;

  @Field(() => ID, { description: "The engagement type to deliver, one of the voucher's offering." })
  engagementTypeId: string;

  @Field(() => DateScalar, { description: "The planned first day, today or later." })
  plannedStart: string;

  @Field(() => DateScalar, { description: "The planned last day, by the voucher's expiry." })
  plannedEnd: string;

  @Field({ description: "The partner accepts the program's terms; required." })
  acceptTerms: boolean;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2; defaults to the customer's country." })
  deliveryCountry?: string | null;
}

@InputType({ description: "A reservation to give up, and why." })
export class CancelReservationInput {
  @Field(() => ID, { description: "The reserved voucher." })
  voucherId: string;

  @Field({ description: "Why the reservation is given up, 1 to 2000 characters." })
  reason: string;
}

@ObjectType({ description: "What a partner learns from a voucher number and its assignee's e-mail." })
export class VoucherValidation {
  @Field(() => ID, { description: "The voucher's id." })
  voucherId: string;

  @Field({ description: "The voucher number, normalised." })
  number: string;

  @Field(() => OfferingRef, { description: "The offering the voucher is for." })
  offering: OfferingRef;

  @Field(() => Int, { description: "Days of planning services the voucher pays for." })
  serviceLevelDays: number;

  @Field({ description: "When the voucher expires; the engagement must end by then." })
  expiresAt: Date;

  @Field({ description: "The customer's name." })
  customerName: string;

  @Field(() => VoucherStatus, { description: "The voucher's status as of now." })
  status: VoucherStatus;
}

@ArgsType()
export class VoucherListArgs extends ConnectionArgs {
  @Field(() => VoucherStatus, { description: "Only vouchers in this status, as of now.", nullable: true })
  status?: VoucherStatus | null;
}

@ArgsType()
export class VoucherSearchArgs extends VoucherListArgs {
  @Field(() => String, { description: "Only vouchers of this offering.", nullable: true })
  offeringCode?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Only vouchers expiring before this date." })
  expiringBefore?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Only redeemed vouchers not yet claimed whose last claim day (claimDeadline) is before this date: a payment request for them must be submitted by then. A voucher in a submitted, approved or paid request is claimed; one in a draft is not yet, and a denied request's vouchers are listed again.",
  })
  claimDeadlineBefore?: string | null;
}

export const VoucherConnection = ConnectionType("Voucher", Voucher);
