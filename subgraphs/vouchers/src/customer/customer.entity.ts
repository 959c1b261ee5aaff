import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A customer with Software Assurance." })
@Entity({ name: "customers" })
export class Customer {
  @Field(() => ID, { description: "The customer's id." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "The customer's name." })
  @Column()
  name: string;

  @Field({ description: "ISO 3166-1 alpha-2." })
  @Column({ type: "char", length: 2 })
  country: string;

  @Column({ name: "agreement_number", type: "text", nullable: true })
  agreementNumber: string | null;

  @Column({ name: "sa_coverage_end", type: "date" })
  saCoverageEnd: string;

  @Column({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
