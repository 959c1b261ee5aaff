import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@ObjectType("ProgramEnrollment", { description: "A partner's yearly enrolment in an offering." })
@Entity({ name: "program_enrollments" })
export class ProgramEnrollment {
  @Field(() => ID, { description: "The enrolment's id." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "partner_id", type: "uuid" })
  partnerId: string;

  @Column({ name: "offering_code" })
  offeringCode: string;

  @Field({ description: "The version of the program agreement accepted." })
  @Column({ name: "agreement_version" })
  agreementVersion: string;

  @Column({ name: "signed_by" })
  signedBy: string;

  @Field({ description: "When the partner (last) enrolled." })
  @Column({ name: "enrolled_at", type: "timestamptz" })
  enrolledAt: Date;

  @Field({ description: "One year after enrolledAt; from then on the enrolment is EXPIRED." })
  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt: Date;
}
