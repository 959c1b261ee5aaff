import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/**
 * One voucher of a request. `released` is set when the request is denied or withdrawn; a unique
 * index on voucher_id over unreleased lines keeps a voucher in at most one live request at a time.
 */
@ObjectType("PaymentRequestLine", { description: "One voucher of a payment request, priced by the server." })
@Entity({ name: "payment_request_lines" })
export class PaymentRequestLine {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "request_id", type: "uuid" })
  requestId: string;

  @Column({ name: "voucher_id", type: "uuid" })
  voucherId: string;

  @Column({ name: "offering_code", type: "text" })
  offeringCode: string;

  @Field(() => Int, { description: "The engagement's days delivered." })
  @Column({ type: "int" })
  days: number;

  @Column({ name: "daily_rate_minor", type: "bigint" })
  dailyRateMinor: string;

  @Column({ name: "amount_minor", type: "bigint" })
  amountMinor: string;

  @Column({ type: "char", length: 3 })
  currency: string;

  @Column({ name: "redeemed_at", type: "timestamptz" })
  redeemedAt: Date;

  @Column({ name: "claimed_at", type: "timestamptz" })
  claimedAt: Date;

  @Column({ type: "boolean", default: false })
  released: boolean;
}
