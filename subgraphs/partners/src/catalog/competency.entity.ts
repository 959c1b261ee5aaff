import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@ObjectType({ description: "A Microsoft partner competency (e.g. Windows and Devices)." })
@Entity({ name: "competencies" })
export class Competency {
  @Field()
  @PrimaryColumn()
  code: string;

  @Field()
  @Column()
  name: string;
}
