import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { type PaymentRequestStatus, PaymentRequestStatus as PaymentRequestStatusEnum } from "../enums";

@Directive('@key(fields: "id")')
@ObjectType("PaymentRequest", { description: "A partner's request to be paid for vouchers it redeemed under one location." })
@Entity({ name: "payment_requests" })
export class PaymentRequest {
  @Field(() => ID, { description: "The payment request's id." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: 'Unique and human-readable, e.g. "PR-202611-7K3M9QXA".' })
  @Column({ name: "reference_number", type: "text" })
  referenceNumber: string;

  @Column({ name: "partner_id", type: "uuid" })
  partnerId: string;

  @Column({ name: "location_id", type: "uuid" })
  locationId: string;

  @Column({ name: "bank_account_id", type: "uuid" })
  bankAccountId: string;

  @Field({ description: "ISO 3166-1 alpha-2: the country of delivery." })
  @Column({ type: "char", length: 2 })
  country: string;

  @Field({ description: "ISO 4217." })
  @Column({ type: "char", length: 3 })
  currency: string;

  /** The sum of the lines in minor units, computed by the server; pg returns bigint as a string. */
  @Column({ name: "total_minor", type: "bigint" })
  totalMinor: string;

  @Field(() => PaymentRequestStatusEnum, {
    description: "Where the request stands: DRAFT \u2192 SUBMITTED \u2192 APPROVED \u2192 PAID, or DENIED, or WITHDRAWN.",
  })
  @Column({ type: "text" })
  status: PaymentRequestStatus;

  @Field({ description: "When the draft was created." })
  @Column({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "When it was submitted; null before." })
  @Column({ name: "submitted_at", type: "timestamptz", nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When an operator approved it; null before." })
  @Column({ name: "approved_at", type: "timestamptz", nullable: true })
  approvedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When an operator denied it; null unless denied." })
  @Column({ name: "denied_at", type: "timestamptz", nullable: true })
  deniedAt: Date | null;

  @Field(() => String, { nullable: true, description: "Why it was denied; null unless denied." })
  @Column({ name: "denial_reason", type: "text", nullable: true })
  denialReason: string | null;

  @Field(() => Date, { nullable: true, description: "When the partner withdrew the draft, releasing its vouchers." })
  @Column({ name: "withdrawn_at", type: "timestamptz", nullable: true })
  withdrawnAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When it was paid; null before." })
  @Column({ name: "paid_at", type: "timestamptz", nullable: true })
  paidAt: Date | null;

  @Field(() => String, { nullable: true, description: "The program's reference for the transfer." })
  @Column({ name: "payment_reference", type: "text", nullable: true })
  paymentReference: string | null;

  @Field(() => Date, { nullable: true, description: "Approval plus the payment period (30 days by default)." })
  @Column({ name: "due_by", type: "timestamptz", nullable: true })
  dueBy: Date | null;
}
