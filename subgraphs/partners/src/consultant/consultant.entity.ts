import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A person of a partner who delivers engagements." })
@Entity({ name: "consultants" })
export class Consultant {
  @Field(() => ID, { description: "The consultant's id." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "partner_id", type: "uuid" })
  partnerId: string;

  @Field({ description: "The consultant's name." })
  @Column()
  name: string;

  @Field({ description: "The consultant's e-mail address, unique within the partner." })
  @Column()
  email: string;

  @Column({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
