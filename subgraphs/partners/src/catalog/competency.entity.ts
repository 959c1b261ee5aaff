import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@ObjectType({ description: "A Microsoft partner competency (e.g. Windows and Devices)." })
@Entity({ name: "competencies" })
export class Competency {
  @Field({ description: "Upper-case code, e.g. WINDOWS_AND_DEVICES." })
  @PrimaryColumn()
  code: string;

  @Field({ description: "The competency's name." })
  @Column()
  name: string;
}
