import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@ObjectType("PaymentToolRegistration", { description: "A partner's registration for the payment tool, per offering." })
@Entity({ name: "payment_tool_registrations" })
export class PaymentToolRegistration {
  @Field(() => ID, { description: "The registration's id." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "partner_id", type: "uuid" })
  partnerId: string;

  @Column({ name: "offering_code", type: "text" })
  offeringCode: string;

  @Column({ name: "registered_by", type: "text" })
  registeredBy: string;

  @Field({ description: "When the partner registered." })
  @Column({ name: "registered_at", type: "timestamptz" })
  registeredAt: Date;
}
