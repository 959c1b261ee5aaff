import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@ObjectType({ description: "An exam that qualifies consultants for a competency." })
@Entity({ name: "exams" })
export class Exam {
  @Field()
  @PrimaryColumn()
  code: string;

  @Field()
  @Column()
  name: string;

  @Column({ name: "competency_code" })
  competencyCode: string;
}
