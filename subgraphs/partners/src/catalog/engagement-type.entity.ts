import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { type CatalogStatus, OfferingStatus } from "../enums";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A kind of engagement a voucher of an offering pays for." })
@Entity({ name: "engagement_types" })
export class EngagementType {
  @Field(() => ID, { description: "The engagement type's id." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "The engagement type's name." })
  @Column()
  name: string;

  @Column({ name: "offering_code" })
  offeringCode: string;

  @Field(() => [Int], { description: "The service levels (in days) a voucher of this type may have, ascending." })
  @Column({ name: "allowed_service_levels", type: "int", array: true })
  allowedServiceLevels: number[];

  @Field(() => Int, { description: "The most days an engagement of this type may last (at most 15)." })
  @Column({ name: "max_days", type: "int" })
  maxDays: number;

  @Field(() => OfferingStatus, { description: "ACTIVE, or RETIRED: no new reservations." })
  @Column({ type: "text" })
  status: CatalogStatus;
}
