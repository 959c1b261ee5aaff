import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import type { VoucherStatus } from "./voucher-status";

@Directive('@key(fields: "id")')
@ObjectType({ description: "Planning-service days of one offering, assigned to a project manager." })
@Entity({ name: "vouchers" })
export class Voucher {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "What the project manager hands to a partner; cannot be guessed." })
  @Column()
  number: string;

  @Column({ name: "customer_id", type: "uuid" })
  customerId: string;

  @Column({ name: "offering_code" })
  offeringCode: string;

  @Field(() => Int)
  @Column({ name: "service_level_days", type: "int" })
  serviceLevelDays: number;

  @Field()
  @Column({ name: "assignee_name" })
  assigneeName: string;

  @Field()
  @Column({ name: "assignee_email" })
  assigneeEmail: string;

  /** As stored; read through effectiveStatus, which knows about expiry. */
  @Column({ type: "text" })
  status: VoucherStatus;

  @Field()
  @Column({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field()
  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt: Date;

  @Column({ name: "partner_id", type: "uuid", nullable: true })
  partnerId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "reserved_at", type: "timestamptz", nullable: true })
  reservedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "redeemed_at", type: "timestamptz", nullable: true })
  redeemedAt: Date | null;

  @Column({ name: "days_returned", type: "int" })
  daysReturned: number;
}
