import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@ObjectType({ description: "How a partner presents itself in one region." })
@Entity({ name: "business_profiles" })
export class BusinessProfile {
  @PrimaryColumn({ name: "partner_id", type: "uuid" })
  partnerId: string;

  @Field({ description: "The region the profile is for, e.g. EMEA." })
  @PrimaryColumn()
  region: string;

  @Field({ description: "At most 2,500 characters." })
  @Column()
  description: string;

  @Field(() => String, { nullable: true, description: "The partner's website for the region; null if none." })
  @Column({ type: "text", nullable: true })
  website: string | null;

  @Field(() => [String], { description: "The industries the partner serves there." })
  @Column({ type: "text", array: true })
  industries: string[];

  @Field(() => [String], { description: "The products the partner works with there." })
  @Column({ type: "text", array: true })
  products: string[];

  @Column({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
