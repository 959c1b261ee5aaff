import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import type { VoucherStatus } from "./voucher-status";

@Directive('@key(fields: "id")')
@ObjectType({ description: "Planning-service days of one offering, assigned to a project manager." })
@Entity({ name: "vouchers" })
export class Voucher {
  @Field(() => ID, { description: "The voucher's id." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "What the project manager hands to a partner; cannot be guessed." })
  @Column()
  number: string;

  @Column({ name: "customer_id", type: "uuid" })
  customerId: string;

  @Column({ name: "offering_code" })
  offeringCode: string;

  @Field(() => Int, { description: "Days of planning services the voucher pays for." })
  @Column({ name: "service_level_days", type: "int" })
  serviceLevelDays: number;

  @Field({ description: "The project manager the voucher is assigned to." })
  @Column({ name: "assignee_name" })
  assigneeName: string;

  @Field({ description: "The project manager's e-mail address." })
  @Column({ name: "assignee_email" })
  assigneeEmail: string;

  /** As stored; read through effectiveStatus, which knows about expiry. */
  @Column({ type: "text" })
  status: VoucherStatus;

  @Field({ description: "When the voucher was created and assigned." })
  @Column({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field({ description: "When the voucher expires (180 days after creation)." })
  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt: Date;

  @Column({ name: "partner_id", type: "uuid", nullable: true })
  partnerId: string | null;

  @Field(() => Date, { description: "When the holding partner reserved it.", nullable: true })
  @Column({ name: "reserved_at", type: "timestamptz", nullable: true })
  reservedAt: Date | null;

  @Field(() => Date, { description: "When the holding partner redeemed it.", nullable: true })
  @Column({ name: "redeemed_at", type: "timestamptz", nullable: true })
  redeemedAt: Date | null;

  @Column({ name: "days_returned", type: "int" })
  daysReturned: number;

  /** A submitted payment request claims it (set by payments; cleared when the request is denied). */
  @Column({ type: "boolean", default: false })
  claimed: boolean;
}
