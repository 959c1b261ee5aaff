import { deadlineSweepNow, type RequestContext } from "@psg/shared";
import { Arg, Ctx, Int, Mutation, Resolver } from "type-graphql";
import { recordEnrollmentDeadlines } from "./enrollment-deadlines";

@Resolver()
export class EnrollmentDeadlinesResolver {
  @Mutation(() => Int, {
    description:
      "The worker's scheduled job (operators may run it at the request's time): records `enrollment.expiring` for enrolments ending within 30 days, once each. The number recorded.",
  })
  recordEnrollmentDeadlines(
    @Arg("now", () => Date, {
      nullable: true,
      description: "Only the worker passes it; operators leave it out and sweep at the request's time.",
    })
    now: Date | null,
    @Ctx() ctx: RequestContext,
  ): Promise<number> {
    return recordEnrollmentDeadlines(ctx.db, deadlineSweepNow(ctx.principal, ctx.now, now));
  }
}
