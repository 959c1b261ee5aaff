import { ConnectionArgs, pageArgsOf, type RequestContext } from "@psg/shared";
import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { engagementLoaders } from "../engagement/engagement.loaders";
import { EngagementConnection } from "../engagement/engagement.type";
import { voucherLoaders } from "../voucher/voucher.loaders";
import { VoucherConnection, VoucherListArgs } from "../voucher/voucher.type";
import { requirePartnerView } from "./partner.access";
import { PartnerRef } from "./partner.type";

/** Partner fields vouchers adds, nullable so that vouchers being down costs only these fields. */
@Resolver(() => PartnerRef)
export class PartnerVouchersResolver {
  @FieldResolver(() => VoucherConnection, { nullable: true, description: "The vouchers this partner holds, oldest first." })
  vouchers(@Root() partner: PartnerRef, @Args() args: VoucherListArgs, @Ctx() ctx: RequestContext) {
    requirePartnerView(ctx.principal, partner.id);
    return voucherLoaders(ctx)
      .ofParent("partnerId", args.status ?? null)
      .load({ parentId: partner.id, ...pageArgsOf(args) });
  }

  @FieldResolver(() => EngagementConnection, {
    nullable: true,
    description: "This partner's engagements (cancelled ones left out), oldest first.",
  })
  engagements(@Root() partner: PartnerRef, @Args() args: ConnectionArgs, @Ctx() ctx: RequestContext) {
    requirePartnerView(ctx.principal, partner.id);
    return engagementLoaders(ctx).ofPartner.load({ parentId: partner.id, ...pageArgsOf(args) });
  }
}
