import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@ObjectType({ description: "An exam that qualifies consultants for a competency." })
@Entity({ name: "exams" })
export class Exam {
  @Field({ description: "The exam's code, e.g. MD-100." })
  @PrimaryColumn()
  code: string;

  @Field({ description: "The exam's name." })
  @Column()
  name: string;

  @Column({ name: "competency_code" })
  competencyCode: string;
}
