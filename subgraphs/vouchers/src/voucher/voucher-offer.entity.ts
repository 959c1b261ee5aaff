import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import type { OfferStatus } from "./voucher-offer-status";

/**
 * A customer's offer of one assigned voucher to one partner. At most one offer per voucher
 * is open (a partial unique index); the row keeps how it ended.
 */
@ObjectType("VoucherOffer", { description: "A voucher a customer offers to this partner: what the partner may see of it." })
@Entity({ name: "voucher_offers" })
export class VoucherOffer {
  @Field(() => ID, { description: "The offer's id." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID, { description: "The offered voucher; reserve it with reserveVoucher(input: { voucherId ... })." })
  @Column({ name: "voucher_id", type: "uuid" })
  voucherId: string;

  @Column({ name: "customer_id", type: "uuid" })
  customerId: string;

  @Column({ name: "partner_id", type: "uuid" })
  partnerId: string;

  /** As stored; an open offer of a voucher past its expiry reads EXPIRED (see voucher-offer.rules). */
  @Column({ type: "text" })
  status: OfferStatus;

  /** The voucher's expiry, kept here so a partner's list reads only open, unexpired offers from its index. */
  @Field({ description: "When the voucher expires; it cannot be reserved after." })
  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt: Date;

  @Field({ description: "When the customer made the offer." })
  @Column({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Column({ name: "offered_by", type: "text" })
  offeredBy: string;

  @Column({ name: "ended_at", type: "timestamptz", nullable: true })
  endedAt: Date | null;
}
