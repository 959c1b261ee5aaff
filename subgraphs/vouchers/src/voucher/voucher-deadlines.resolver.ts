import { deadlineSweepNow, type RequestContext } from "@psg/shared";
import { Arg, Ctx, Int, Mutation, Resolver } from "type-graphql";
import { recordVoucherDeadlines } from "./voucher-deadlines";

@Resolver()
export class VoucherDeadlinesResolver {
  @Mutation(() => Int, {
    description:
      "The worker's scheduled job (operators may run it at the request's time): records `voucher.expiring` 30 and 7 days before each open voucher's expiry and the expiry of vouchers past it, once each. The number recorded.",
  })
  recordVoucherDeadlines(
    @Arg("now", () => Date, {
      nullable: true,
      description: "Only the worker passes it; operators leave it out and sweep at the request's time.",
    })
    now: Date | null,
    @Ctx() ctx: RequestContext,
  ): Promise<number> {
    return recordVoucherDeadlines(ctx.db, deadlineSweepNow(ctx.principal, ctx.now, now));
  }
}
