import { type RedeemedVoucher as RedeemedVoucherContract, type RequestContext, requireService } from "@psg/shared";
import { Arg, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from "type-graphql";
import { Voucher } from "../voucher/voucher.entity";

@Directive("@inaccessible")
@ObjectType({ description: "Internal: a redeemed voucher, for payments' claim deadlines." })
export class RedeemedVoucher implements RedeemedVoucherContract<Date> {
  @Field(() => ID, { description: "The voucher's id." })
  id: string;

  @Field(() => ID, { description: "The partner that redeemed it." })
  partnerId: string;

  @Field({ description: "When it was redeemed." })
  redeemedAt: Date;
}

/** At most this many vouchers per answer; the sweep runs every minute. */
const MAX_REDEEMED = 5_000;

@Resolver()
export class RedeemedVouchersInternalResolver {
  @Directive("@inaccessible")
  @Query(() => [RedeemedVoucher], {
    description: "Internal: vouchers redeemed after `from` and at or before `to`, oldest first.",
  })
  async _redeemedVouchers(
    @Arg("from", () => Date) from: Date,
    @Arg("to", () => Date) to: Date,
    @Ctx() ctx: RequestContext,
  ): Promise<RedeemedVoucher[]> {
    requireService(ctx.principal);
    const vouchers = await ctx.db
      .getRepository(Voucher)
      .createQueryBuilder("v")
      .where("v.status = 'REDEEMED' AND v.redeemedAt > :from AND v.redeemedAt <= :to", { from, to })
      .orderBy("v.redeemedAt", "ASC")
      .take(MAX_REDEEMED)
      .getMany();
    return vouchers.map((v) => ({ id: v.id, partnerId: v.partnerId as string, redeemedAt: v.redeemedAt as Date }));
  }
}
