import { ConnectionArgs, pageArgsOf, type RequestContext } from "@psg/shared";
import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PartnerRef } from "../federation/partner.type";
import { requirePartnerView } from "../partner/partner.access";
import { offerLoaders } from "./offer.loaders";
import { VoucherOfferConnection } from "./offer.type";

@Resolver(() => PartnerRef)
export class PartnerOffersResolver {
  @FieldResolver(() => VoucherOfferConnection, {
    description:
      "Vouchers customers offer to this partner, still open (not reserved, withdrawn, cancelled or expired), oldest offer first. Seen by the partner itself and operators.",
  })
  offeredVouchers(@Root() partner: PartnerRef, @Args() args: ConnectionArgs, @Ctx() ctx: RequestContext) {
    requirePartnerView(ctx.principal, partner.id);
    return offerLoaders(ctx).openOfPartner.load({ parentId: partner.id, ...pageArgsOf(args) });
  }
}
