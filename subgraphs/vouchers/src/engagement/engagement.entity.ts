import { DateScalar } from "@psg/shared";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { EngagementStatus } from "./engagement-status";

@Directive('@key(fields: "id")')
@ObjectType({ description: "The delivery of a reserved voucher by a partner." })
@Entity({ name: "engagements" })
export class Engagement {
  @Field(() => ID, { description: "The engagement's id." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "voucher_id", type: "uuid" })
  voucherId: string;

  @Column({ name: "customer_id", type: "uuid" })
  customerId: string;

  @Column({ name: "engagement_type_id", type: "uuid" })
  engagementTypeId: string;

  /** The engagement type's maximum length when it was reserved. */
  @Column({ name: "max_days", type: "int" })
  maxDays: number;

  @Column({ name: "partner_id", type: "uuid" })
  partnerId: string;

  @Column({ name: "location_id", type: "uuid" })
  locationId: string;

  @Field({ description: "ISO 3166-1 alpha-2." })
  @Column({ name: "delivery_country", type: "char", length: 2 })
  deliveryCountry: string;

  @Field(() => DateScalar, { description: "The planned first day." })
  @Column({ name: "planned_start", type: "date" })
  plannedStart: string;

  @Field(() => DateScalar, { description: "The planned last day." })
  @Column({ name: "planned_end", type: "date" })
  plannedEnd: string;

  @Field(() => DateScalar, { description: "The day delivery started.", nullable: true })
  @Column({ name: "actual_start", type: "date", nullable: true })
  actualStart: string | null;

  @Field(() => DateScalar, { description: "The day delivery ended.", nullable: true })
  @Column({ name: "actual_end", type: "date", nullable: true })
  actualEnd: string | null;

  @Field(() => Int, { description: "Days delivered, once delivery is complete.", nullable: true })
  @Column({ name: "days_delivered", type: "int", nullable: true })
  daysDelivered: number | null;

  @Field(() => Int, { description: "Of those, days delivered off-site.", nullable: true })
  @Column({ name: "offsite_days", type: "int", nullable: true })
  offsiteDays: number | null;

  @Column({ name: "consultant_ids", type: "uuid", array: true })
  consultantIds: string[];

  @Field(() => EngagementStatus, {
    description: "Where the engagement stands: SCHEDULED, IN_DELIVERY, DELIVERED, REPORTED or CANCELLED.",
  })
  @Column({ type: "text" })
  status: EngagementStatus;

  @Column({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Column({ name: "cancelled_at", type: "timestamptz", nullable: true })
  cancelledAt: Date | null;

  @Column({ name: "cancel_reason", type: "text", nullable: true })
  cancelReason: string | null;
}
