import { type RedeemedVoucher as RedeemedVoucherContract, type RequestContext, requireService } from "@psg/shared";
import { Arg, Ctx, Directive, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { In } from "typeorm";
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

  @Directive("@inaccessible")
  @Mutation(() => Int, {
    description:
      "Internal: payments marks the redeemed vouchers a submitted request claims (claimed: true) and those its denial releases (false). How many it marked.",
  })
  async _setVouchersClaimed(
    @Arg("ids", () => [ID]) ids: string[],
    @Arg("claimed") claimed: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<number> {
    requireService(ctx.principal);
    if (ids.length === 0) return 0;
    const result = await ctx.db.getRepository(Voucher).update({ id: In(ids), status: "REDEEMED" }, { claimed });
    return result.affected ?? 0;
  }
}
