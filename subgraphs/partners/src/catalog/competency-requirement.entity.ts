import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { CompetencyLevel } from "../enums";

@ObjectType({ description: "One competency that qualifies for an engagement type; any one suffices." })
@Entity({ name: "engagement_type_requirements" })
export class CompetencyRequirement {
  @PrimaryColumn({ name: "engagement_type_id", type: "uuid" })
  engagementTypeId: string;

  @PrimaryColumn({ name: "competency_code" })
  competencyCode: string;

  @Field(() => CompetencyLevel, { description: "The lowest level that qualifies (GOLD also meets SILVER)." })
  @Column({ name: "minimum_level", type: "text" })
  minimumLevel: keyof typeof CompetencyLevel;
}
