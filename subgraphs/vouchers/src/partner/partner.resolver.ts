import { ConnectionArgs, canActFor, DomainError, pageArgsOf, type RequestContext } from "@psg/shared";
import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { engagementLoaders } from "../engagement/engagement.loaders";
import { EngagementConnection } from "../engagement/engagement.resolver";
import { voucherLoaders } from "../voucher/voucher.loaders";
import { VoucherConnection, VoucherListArgs } from "../voucher/voucher.type";
import { PartnerRef } from "./partner.type";

function requirePartnerAccess(ctx: RequestContext, partnerId: string): void {
  if (!canActFor(ctx.principal, "PARTNER", partnerId)) {
    throw new DomainError("FORBIDDEN", "Only the partner itself and operators see its vouchers and engagements.");
  }
}

@Resolver(() => PartnerRef)
export class PartnerVouchersResolver {
  @FieldResolver(() => VoucherConnection, { description: "The vouchers this partner holds, oldest first." })
  vouchers(@Root() partner: PartnerRef, @Args() args: VoucherListArgs, @Ctx() ctx: RequestContext) {
    requirePartnerAccess(ctx, partner.id);
    return voucherLoaders(ctx)
      .ofParent("partnerId", args.status ?? null)
      .load({ parentId: partner.id, ...pageArgsOf(args) });
  }

  @FieldResolver(() => EngagementConnection, {
    description: "This partner's engagements (cancelled ones left out), oldest first.",
  })
  engagements(@Root() partner: PartnerRef, @Args() args: ConnectionArgs, @Ctx() ctx: RequestContext) {
    requirePartnerAccess(ctx, partner.id);
    return engagementLoaders(ctx).ofPartner.load({ parentId: partner.id, ...pageArgsOf(args) });
  }
}
