import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The vouchers subgraph's Voucher, extended here with where it stands in payment. */
@Directive('@key(fields: "id")')
@ObjectType("Voucher")
export class VoucherRef {
  @Field(() => ID)
  id: string;
}
