import { Directive, Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { type CatalogStatus, OfferingStatus } from "../enums";

@Directive('@key(fields: "code")')
@ObjectType({ description: "A Planning Services offering (DDPS, DYDPS, ...)." })
@Entity({ name: "offerings" })
export class Offering {
  @Field()
  @PrimaryColumn()
  code: string;

  @Field()
  @Column()
  name: string;

  @Field(() => OfferingStatus)
  @Column({ type: "text" })
  status: CatalogStatus;
}
