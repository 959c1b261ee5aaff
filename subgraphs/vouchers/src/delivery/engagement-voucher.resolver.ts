import type { RequestContext } from "@psg/shared";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Engagement } from "../engagement/engagement.entity";
import { Voucher } from "../voucher/voucher.entity";
import { voucherLoaders } from "../voucher/voucher.loaders";

/** An engagement's voucher: what it delivers. */
@Resolver(() => Engagement)
export class EngagementVoucherResolver {
  @FieldResolver(() => Voucher, { description: "The voucher this engagement delivers." })
  voucher(@Root() engagement: Engagement, @Ctx() ctx: RequestContext): Promise<Voucher | null> {
    return voucherLoaders(ctx).voucher.load(engagement.voucherId);
  }
}
