import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { type CatalogStatus, OfferingStatus } from "../enums";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A kind of engagement a voucher of an offering pays for." })
@Entity({ name: "engagement_types" })
export class EngagementType {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field()
  @Column()
  name: string;

  @Column({ name: "offering_code" })
  offeringCode: string;

  @Field(() => [Int])
  @Column({ name: "allowed_service_levels", type: "int", array: true })
  allowedServiceLevels: number[];

  @Field(() => Int)
  @Column({ name: "max_days", type: "int" })
  maxDays: number;

  @Field(() => OfferingStatus)
  @Column({ type: "text" })
  status: CatalogStatus;
}
