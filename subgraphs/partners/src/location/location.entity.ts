import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A partner's office, under which it delivers and is paid." })
@Entity({ name: "partner_locations" })
export class PartnerLocation {
  @Field(() => ID, { description: "The location's id." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "partner_id", type: "uuid" })
  partnerId: string;

  @Field({ description: "The location's MPN id." })
  @Column({ name: "mpn_location_id" })
  mpnLocationId: string;

  @Field({ description: "ISO 3166-1 alpha-2." })
  @Column({ type: "char", length: 2 })
  country: string;

  @Field({ description: "The location's postal address." })
  @Column()
  address: string;

  @Column({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
