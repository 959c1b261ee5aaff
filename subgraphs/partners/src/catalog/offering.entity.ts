import { Directive, Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { type CatalogStatus, OfferingStatus } from "../enums";

@Directive('@key(fields: "code")')
@ObjectType({ description: "A Planning Services offering (DDPS, DYDPS, ...)." })
@Entity({ name: "offerings" })
export class Offering {
  @Field({ description: "The offering's code, e.g. DDPS." })
  @PrimaryColumn()
  code: string;

  @Field({ description: "The offering's name." })
  @Column()
  name: string;

  @Field(() => OfferingStatus, { description: "ACTIVE, or RETIRED: no new enrolments." })
  @Column({ type: "text" })
  status: CatalogStatus;
}
