import type { RequestContext } from "@psg/shared";
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { activateBenefit } from "./activate-benefit";
import { Benefit } from "./benefit.entity";

@Resolver(() => Benefit)
export class BenefitResolver {
  @Authorized("BENEFITS_ADMIN")
  @Mutation(() => Benefit, { description: "The customer's benefits administrator activates its Planning Services benefit." })
  activateBenefit(
    @Arg("customerId", () => ID, { description: "The customer whose benefit is activated." }) customerId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Benefit> {
    return activateBenefit(ctx, customerId);
  }
}
