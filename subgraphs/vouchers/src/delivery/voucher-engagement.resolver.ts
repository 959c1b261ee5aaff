import type { RequestContext } from "@psg/shared";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Engagement } from "../engagement/engagement.entity";
import { engagementLoaders } from "../engagement/engagement.loaders";
import { Voucher } from "../voucher/voucher.entity";

/** A voucher's reservation: the engagement that delivers it. */
@Resolver(() => Voucher)
export class VoucherEngagementResolver {
  @FieldResolver(() => Engagement, { nullable: true, description: "The reservation's engagement, if the voucher is reserved." })
  engagement(@Root() voucher: Voucher, @Ctx() ctx: RequestContext): Promise<Engagement | null> {
    return engagementLoaders(ctx).ofVoucher.load(voucher.id);
  }
}
