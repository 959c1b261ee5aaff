import { isUuid, type RequestContext, requireService } from "@psg/shared";
import { Arg, Ctx, Directive, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import { In } from "typeorm";
import { Customer } from "../customer/customer.entity";
import { Engagement } from "../engagement/engagement.entity";
import { Voucher } from "./voucher.entity";
import { effectiveStatus } from "./voucher.rules";
import { VoucherStatus } from "./voucher-status";

@Directive("@inaccessible")
@ObjectType({ description: "Internal: what payments needs to know about a voucher." })
export class InternalVoucher {
  @Field(() => ID)
  id: string;

  @Field(() => VoucherStatus)
  status: VoucherStatus;

  @Field()
  offeringCode: string;

  @Field(() => ID, { nullable: true })
  partnerId: string | null;

  @Field(() => ID, { nullable: true })
  locationId: string | null;

  @Field(() => String, { nullable: true })
  deliveryCountry: string | null;

  @Field(() => Int, { nullable: true })
  daysDelivered: number | null;

  @Field(() => Date, { nullable: true })
  redeemedAt: Date | null;
}

@Resolver()
export class VoucherInternalResolver {
  @Directive("@inaccessible")
  @Query(() => [InternalVoucher], { nullable: "items", description: "Internal: vouchers by id, null for unknown ids." })
  async _vouchersForPayment(
    @Arg("ids", () => [ID]) ids: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<(InternalVoucher | null)[]> {
    requireService(ctx.principal);
    const known = ids.filter(isUuid);
    if (known.length === 0) return ids.map(() => null);
    const vouchers = await ctx.db.getRepository(Voucher).findBy({ id: In(known) });
    const engagements = await ctx.db
      .getRepository(Engagement)
      .createQueryBuilder("e")
      .where("e.voucherId IN (:...ids) AND e.status <> 'CANCELLED'", { ids: known })
      .getMany();
    const byVoucher = new Map(engagements.map((e) => [e.voucherId, e]));
    const byId = new Map(vouchers.map((v) => [v.id, v]));
    return ids.map((id) => {
      const v = byId.get(id);
      if (!v) return null;
      const e = byVoucher.get(id);
      return {
        id: v.id,
        status: effectiveStatus(v, ctx.now),
        offeringCode: v.offeringCode,
        partnerId: v.partnerId,
        locationId: e?.locationId ?? null,
        deliveryCountry: e?.deliveryCountry ?? null,
        daysDelivered: e?.daysDelivered ?? null,
        redeemedAt: v.redeemedAt,
      };
    });
  }

  @Directive("@inaccessible")
  @Query(() => Boolean, { description: "Internal: has this partner redeemed a voucher of this offering?" })
  async _hasRedeemedVoucher(
    @Arg("partnerId", () => ID) partnerId: string,
    @Arg("offeringCode") offeringCode: string,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    requireService(ctx.principal);
    if (!isUuid(partnerId)) return false;
    return ctx.db.getRepository(Voucher).existsBy({ partnerId, offeringCode, status: "REDEEMED" });
  }

  @Directive("@inaccessible")
  @Query(() => [Boolean], { description: "Internal: which of these customers exist, in order." })
  async _customersExist(@Arg("ids", () => [ID]) ids: string[], @Ctx() ctx: RequestContext): Promise<boolean[]> {
    requireService(ctx.principal);
    const known = ids.filter(isUuid);
    const found = known.length ? await ctx.db.getRepository(Customer).findBy({ id: In(known) }) : [];
    const set = new Set(found.map((c) => c.id));
    return ids.map((id) => set.has(id));
  }
}
