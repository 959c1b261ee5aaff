import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** The account a partner location is paid to; the number is stored, and only shown masked. */
@ObjectType("BankAccount", { description: "The account payments for a partner location go to." })
@Entity({ name: "bank_accounts" })
export class BankAccount {
  @Field(() => ID, { description: "The bank account's id." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "partner_id", type: "uuid" })
  partnerId: string;

  @Column({ name: "location_id", type: "uuid" })
  locationId: string;

  @Field({ description: "The account holder's name." })
  @Column({ name: "holder_name", type: "text" })
  holderName: string;

  @Column({ name: "account_number", type: "text" })
  accountNumber: string;

  @Field({ description: "ISO 4217." })
  @Column({ type: "char", length: 3 })
  currency: string;

  @Column({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
