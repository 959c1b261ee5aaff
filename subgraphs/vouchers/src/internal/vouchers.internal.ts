import {
  byKey,
  type CustomersExistResult,
  type HasRedeemedVoucherResult,
  idOrNull,
  type RequestContext,
  SERVICE,
  type VoucherForPayment,
  wellFormedIds,
} from "@psg/shared";
import { Arg, Authorized, Ctx, Directive, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import { In, Not } from "typeorm";
import { Customer } from "../customer/customer.entity";
import { Engagement } from "../engagement/engagement.entity";
import type { EngagementStatus } from "../engagement/engagement-status";
import { Voucher } from "../voucher/voucher.entity";
import { effectiveStatus } from "../voucher/voucher.rules";
import { VoucherStatus } from "../voucher/voucher-status";

@Directive("@inaccessible")
@ObjectType({ description: "Internal: what payments needs to know about a voucher." })
export class InternalVoucher implements VoucherForPayment<Date> {
  @Field(() => ID, { description: "The voucher's id." })
  id: string;

  @Field(() => VoucherStatus, { description: "The voucher's status as of now (expiry-aware)." })
  status: VoucherStatus;

  @Field({ description: "The offering the voucher is for." })
  offeringCode: string;

  @Field(() => ID, { nullable: true, description: "The partner holding the voucher, if any." })
  partnerId: string | null;

  @Field(() => ID, { nullable: true, description: "The location the engagement is delivered from." })
  locationId: string | null;

  @Field(() => String, { nullable: true, description: "The engagement's delivery country, ISO 3166-1 alpha-2." })
  deliveryCountry: string | null;

  @Field(() => Int, { nullable: true, description: "The days delivered, once delivery is complete." })
  daysDelivered: number | null;

  @Field(() => Date, { nullable: true, description: "When the voucher was redeemed." })
  redeemedAt: Date | null;
}

/**
 * What the vouchers subgraph answers to other services of the deployment (never to clients),
 * typed by its contract in shared/src/contracts/vouchers.ts.
 */
@Resolver()
export class VoucherInternalResolver {
  @Authorized(SERVICE)
  @Directive("@inaccessible")
  @Query(() => [InternalVoucher], { nullable: "items", description: "Internal: vouchers by id, null for unknown ids." })
  async _vouchersForPayment(
    @Arg("ids", () => [ID], { description: "The vouchers asked about." }) ids: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<(VoucherForPayment<Date> | null)[]> {
    const known = wellFormedIds(ids);
    if (known.length === 0) return ids.map(() => null);
    const vouchers = byKey(ids, await ctx.db.findBy(Voucher, { id: In(known) }), (v) => v.id);
    const engagements = byKey(
      ids,
      await ctx.db.findBy(Engagement, { voucherId: In(known), status: Not<EngagementStatus>("CANCELLED") }),
      (e) => e.voucherId,
    );
    return vouchers.map((v, i) => {
      if (!v) return null;
      const e = engagements[i];
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

  @Authorized(SERVICE)
  @Directive("@inaccessible")
  @Query(() => Boolean, { description: "Internal: has this partner redeemed a voucher of this offering?" })
  _hasRedeemedVoucher(
    @Arg("partnerId", () => ID, { description: "The partner asked about." }) partnerId: string,
    @Arg("offeringCode", { description: "The offering asked about." }) offeringCode: string,
    @Ctx() ctx: RequestContext,
  ): Promise<HasRedeemedVoucherResult["_hasRedeemedVoucher"]> {
    const known = idOrNull(partnerId);
    return known ? ctx.db.existsBy(Voucher, { partnerId: known, offeringCode, status: "REDEEMED" }) : Promise.resolve(false);
  }

  @Authorized(SERVICE)
  @Directive("@inaccessible")
  @Query(() => [Boolean], { description: "Internal: which of these customers exist, in order." })
  async _customersExist(
    @Arg("ids", () => [ID], { description: "The customers asked about." }) ids: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<CustomersExistResult["_customersExist"]> {
    const known = wellFormedIds(ids);
    const found = known.length ? await ctx.db.findBy(Customer, { id: In(known) }) : [];
    return byKey(ids, found, (c) => c.id).map((c) => c !== null);
  }
}
