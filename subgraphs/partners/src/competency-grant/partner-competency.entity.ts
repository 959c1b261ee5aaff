import { DateScalar } from "@psg/shared";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { type CompetencyLevel, CompetencyLevel as CompetencyLevelEnum } from "../enums";

@ObjectType({ description: "A competency a partner holds. Lapsed once its expiry date has passed." })
@Entity({ name: "partner_competencies" })
export class PartnerCompetency {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "partner_id", type: "uuid" })
  partnerId: string;

  @Column({ name: "competency_code" })
  competencyCode: string;

  @Field(() => CompetencyLevelEnum, { description: "The level held." })
  @Column({ type: "text" })
  level: CompetencyLevel;

  @Field(() => DateScalar, { description: "The first day the competency counts." })
  @Column({ name: "attained_at", type: "date" })
  attainedAt: string;

  @Field(() => DateScalar, { description: "The last day the competency counts." })
  @Column({ name: "expires_at", type: "date" })
  expiresAt: string;
}
