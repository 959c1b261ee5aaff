import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

export const BenefitStatus = { AVAILABLE: "AVAILABLE", ACTIVATED: "ACTIVATED" } as const;
export type BenefitStatus = keyof typeof BenefitStatus;
registerEnumType(BenefitStatus, {
  name: "BenefitStatus",
  description: "Whether the customer's benefits administrator has activated the pool.",
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

  @Field(() => BenefitStatus, { description: "AVAILABLE until the benefits administrator activates it." })
  @Column({ type: "text" })
  status: BenefitStatus;

  @Field(() => Int, { description: "Days the pool was granted." })
  @Column({ name: "total_days", type: "int" })
  totalDays: number;

  @Field(() => Int, { description: "Days still free for new vouchers (days of cancelled and expired vouchers come back)." })
  @Column({ name: "remaining_days", type: "int" })
  remainingDays: number;

  @Field(() => Date, { nullable: true, description: "When it was activated; null until then." })
  @Column({ name: "activated_at", type: "timestamptz", nullable: true })
  activatedAt: Date | null;
}
