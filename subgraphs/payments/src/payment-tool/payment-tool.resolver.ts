import type { RequestContext } from "@psg/shared";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { OfferingRef } from "../federation/offering.type";
import { RegisterPaymentToolInput } from "./payment-tool.type";
import { PaymentToolRegistration } from "./payment-tool-registration.entity";
import { registerPaymentTool } from "./register-payment-tool";

@Resolver(() => PaymentToolRegistration)
export class PaymentToolResolver {
  @FieldResolver(() => OfferingRef, { description: "The offering registered for." })
  offering(@Root() registration: PaymentToolRegistration): OfferingRef {
    return { code: registration.offeringCode };
  }

  @Authorized("GLOBAL_ADMIN")
  @Mutation(() => PaymentToolRegistration, {
    description:
      "Registers a partner for the payment tool for an offering (the partner's GLOBAL_ADMIN, or operators); once: again returns the registration.",
  })
  registerPaymentTool(
    @Arg("input", { description: "The partner and the offering." }) input: RegisterPaymentToolInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PaymentToolRegistration> {
    return registerPaymentTool(ctx, input);
  }
}
