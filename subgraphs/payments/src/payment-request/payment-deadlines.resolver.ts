import { deadlineSweepNow, type RequestContext } from "@psg/shared";
import { Arg, Ctx, Int, Mutation, Resolver } from "type-graphql";
import { recordPaymentDeadlines } from "./payment-deadlines";

@Resolver()
export class PaymentDeadlinesResolver {
  @Mutation(() => Int, {
    description:
      "The worker's scheduled job (operators may run it at the request's time): records `payment_request.overdue` and `payment_request.claim_deadline_approaching`, once each. The number recorded.",
  })
  recordPaymentDeadlines(
    @Arg("now", () => Date, {
      nullable: true,
      description: "Only the worker passes it; operators leave it out and sweep at the request's time.",
    })
    now: Date | null,
    @Ctx() ctx: RequestContext,
  ): Promise<number> {
    return recordPaymentDeadlines(ctx, deadlineSweepNow(ctx.principal, ctx.now, now));
  }
}
