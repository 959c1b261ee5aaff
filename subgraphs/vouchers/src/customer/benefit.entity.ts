import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

export const BenefitStatus = { AVAILABLE: "AVAILABLE", ACTIVATED: "ACTIVATED" } as const;
export type BenefitStatus = keyof typeof BenefitStatus;
registerEnumType(BenefitStatus, {
  name: "BenefitStatus",
  description: "Whether a customer's Planning Services benefit is activated.",
  valuesConfig: {
    AVAILABLE: { description: "Not yet activated; no vouchers can be created." },
    ACTIVATED: { description: "Activated; vouchers can be created from its days." },
  },
});

@ObjectType({ description: "A customer's pool of planning-service days." })
@Entity({ name: "benefits" })
export class Benefit {
  @PrimaryColumn({ name: "customer_id", type: "uuid" })
  customerId: string;

  @Field(() => BenefitStatus, {
    description: "AVAILABLE until the customer's benefits administrator activates it, then ACTIVATED.",
  })
  @Column({ type: "text" })
  status: BenefitStatus;

  @Field(() => Int, { description: "The planning-service days the customer was granted." })
  @Column({ name: "total_days", type: "int" })
  totalDays: number;

  @Field(() => Int, { description: "The days not yet taken by vouchers, as of now." })
  @Column({ name: "remaining_days", type: "int" })
  remainingDays: number;

  @Field(() => Date, { description: "When the benefit was activated.", nullable: true })
  @Column({ name: "activated_at", type: "timestamptz", nullable: true })
  activatedAt: Date | null;
}
