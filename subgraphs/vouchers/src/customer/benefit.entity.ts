import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

export const BenefitStatus = { AVAILABLE: "AVAILABLE", ACTIVATED: "ACTIVATED" } as const;
export type BenefitStatus = keyof typeof BenefitStatus;
registerEnumType(BenefitStatus, { name: "BenefitStatus" });

@ObjectType({ description: "A customer's pool of planning-service days." })
@Entity({ name: "benefits" })
export class Benefit {
  @PrimaryColumn({ name: "customer_id", type: "uuid" })
  customerId: string;

  @Field(() => BenefitStatus)
  @Column({ type: "text" })
  status: BenefitStatus;

  @Field(() => Int)
  @Column({ name: "total_days", type: "int" })
  totalDays: number;

  @Field(() => Int)
  @Column({ name: "remaining_days", type: "int" })
  remainingDays: number;

  @Field(() => Date, { nullable: true })
  @Column({ name: "activated_at", type: "timestamptz", nullable: true })
  activatedAt: Date | null;
}
