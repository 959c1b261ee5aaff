import { ConnectionArgs, ConnectionType, DateScalar } from "@psg/shared";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { OfferingRef } from "../federation/offering.type";
import { Voucher } from "./voucher.entity";
import { VoucherStatus } from "./voucher-status";

@InputType({ description: "A new voucher: days from the customer's pool for one offering, assigned to a project manager." })
export class CreateVoucherInput {
  @Field(() => ID, { description: "The customer whose pool the days come from (your own organisation)." })
  customerId: string;

  @Field({ description: "The catalog offering the voucher is for; it must be active." })
  offeringCode: string;

  @Field(() => Int, {
    description: "Days the voucher is worth: one of the offering's allowed service levels, and no more than the pool holds.",
  })
  serviceLevelDays: number;

  @Field({ description: "The project manager the voucher is assigned to." })
  assigneeName: string;

  @Field({ description: "The project manager's e-mail address; partners must give it with the voucher number." })
  assigneeEmail: string;
}

@InputType({ description: "A voucher number and its assignee's e-mail, as the project manager gave them to the partner." })
export class ValidateVoucherInput {
  @Field({ description: "The voucher number (case and dashes are not significant)." })
  number: string;

  @Field({ description: "The e-mail address of the project manager the voucher is assigned to." })
  assigneeEmail: string;
}

@InputType({ description: "A partner's reservation of an assigned voucher for an engagement at one of its locations." })
export class ReserveVoucherInput {
  @Field({ description: "The voucher number the project manager gave the partner." })
  number: string;

  @Field({ description: "The e-mail address of the project manager the voucher is assigned to." })
  assigneeEmail: string;

  @Field(() => ID, {
    description: "The reserving partner (your own organisation); it must be enrolled in the voucher's offering.",
  })
  partnerId: string;

  @Field(() => ID, { description: "The partner location that delivers; its country must be the delivery country." })
  locationId: string;

  @Field(() => ID, {
    description: "The kind of engagement, of the voucher's offering; the partner must hold a qualifying competency.",
  })
  engagementTypeId: string;

  @Field(() => DateScalar, { description: "First planned day (YYYY-MM-DD): today or later." })
  plannedStart: string;

  @Field(() => DateScalar, {
    description: "Last planned day (YYYY-MM-DD): on or before the voucher expires, within its service level days.",
  })
  plannedEnd: string;

  @Field({ description: "Must be true: the partner accepts the program's terms for this engagement." })
  acceptTerms: boolean;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2; defaults to the customer's country." })
  deliveryCountry?: string | null;
}

@InputType({ description: "The holding partner gives a reserved voucher back; its engagement is cancelled." })
export class CancelReservationInput {
  @Field(() => ID, { description: "The reserved voucher." })
  voucherId: string;

  @Field({ description: "Why the reservation is cancelled (kept in the audit log)." })
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

  @Field(() => Int, { description: "Days the voucher is worth." })
  serviceLevelDays: number;

  @Field({ description: "When the voucher expires: the engagement must end by then." })
  expiresAt: Date;

  @Field({ description: "The customer's name, to confirm with the project manager." })
  customerName: string;

  @Field(() => VoucherStatus, { description: "Always ASSIGNED: other statuses answer with an error instead." })
  status: VoucherStatus;
}

@ArgsType()
export class VoucherListArgs extends ConnectionArgs {
  @Field(() => VoucherStatus, { nullable: true, description: "Only vouchers in this status (expiry counted as of now)." })
  status?: VoucherStatus | null;
}

@ArgsType()
export class VoucherSearchArgs extends VoucherListArgs {
  @Field(() => String, { nullable: true, description: "Only vouchers of this offering." })
  offeringCode?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Only vouchers expiring before this date." })
  expiringBefore?: string | null;
}

export const VoucherConnection = ConnectionType("Voucher", Voucher);
