import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A Microsoft partner taking part in the program." })
@Entity({ name: "partners" })
export class Partner {
  @Field(() => ID, { description: "The partner's id." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "The partner's Microsoft Partner Network id." })
  @Column({ name: "mpn_id" })
  mpnId: string;

  @Field({ description: "The partner's legal name." })
  @Column({ name: "legal_name" })
  legalName: string;

  @Column({ name: "membership_start", type: "date" })
  membershipStart: string;

  @Column({ name: "membership_end", type: "date" })
  membershipEnd: string;

  @Column({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
