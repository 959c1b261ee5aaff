import { audit, DomainError, isUniqueViolation, type RequestContext } from "@psg/shared";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from "type-graphql";
import { hasRedeemedVoucher } from "../clients/vouchers";
import { OfferingRef } from "../federation/offering.type";
import { requirePartnerRole } from "../payment-request/payment-request.access";
import { PaymentToolRegistration } from "./payment-tool-registration.entity";

@InputType()
export class RegisterPaymentToolInput {
  @Field(() => ID)
  partnerId: string;

  @Field()
  offeringCode: string;
}

@Resolver(() => PaymentToolRegistration)
export class PaymentToolResolver {
  @FieldResolver(() => OfferingRef)
  offering(@Root() registration: PaymentToolRegistration): OfferingRef {
    return { code: registration.offeringCode };
  }

  @Mutation(() => PaymentToolRegistration, {
    description: "Registers a partner for the payment tool for an offering (once; again returns the registration).",
  })
  async registerPaymentTool(
    @Arg("input") input: RegisterPaymentToolInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PaymentToolRegistration> {
    const caller = requirePartnerRole(ctx.principal, input.partnerId, "GLOBAL_ADMIN");
    const repo = ctx.db.getRepository(PaymentToolRegistration);
    const where = { partnerId: input.partnerId, offeringCode: input.offeringCode };
    const existing = await repo.findOneBy(where);
    if (existing) return existing;
    if (!(await hasRedeemedVoucher(ctx, input.partnerId, input.offeringCode))) {
      throw new DomainError(
        "NO_REDEEMED_VOUCHER",
        `Registration for ${input.offeringCode} needs at least one voucher of it redeemed by this partner.`,
      );
    }
    try {
      return await ctx.db.transaction(async (manager) => {
        const saved = await manager.save(
          manager.create(PaymentToolRegistration, { ...where, registeredBy: caller.apiKeyId, registeredAt: ctx.now }),
        );
        await audit(manager, {
          actor: caller,
          action: "payment_tool_registration.created",
          entity: "payment_tool_registration",
          entityId: saved.id,
          after: saved,
          at: ctx.now,
        });
        return saved;
      });
    } catch (error) {
      if (!isUniqueViolation(error, "payment_tool_registrations_once")) throw error;
      return repo.findOneByOrFail(where);
    }
  }
}
