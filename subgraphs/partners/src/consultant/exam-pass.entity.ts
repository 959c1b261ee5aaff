import { DateScalar } from "@psg/shared";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@ObjectType({ description: "An exam a consultant passed; it qualifies until its expiry date." })
@Entity({ name: "exam_passes" })
export class ExamPass {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "consultant_id", type: "uuid" })
  consultantId: string;

  @Column({ name: "exam_code" })
  examCode: string;

  @Field(() => DateScalar, { description: "The day the exam was passed." })
  @Column({ name: "passed_at", type: "date" })
  passedAt: string;

  @Field(() => DateScalar, { description: "The last day the pass counts." })
  @Column({ name: "expires_at", type: "date" })
  expiresAt: string;
}
