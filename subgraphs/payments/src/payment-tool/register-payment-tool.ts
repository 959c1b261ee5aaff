import { DomainError, isUniqueViolation, type RequestContext, recordChange, requireKey } from "@psg/shared";
import { hasRedeemedVoucher } from "../clients/vouchers";
import { requireActingForPartner } from "../federation/partner.access";
import type { RegisterPaymentToolInput } from "./payment-tool.type";
import { PaymentToolRegistration } from "./payment-tool-registration.entity";

/**
 * A partner registers for the payment tool for an offering once it redeemed a voucher of it;
 * registering again returns the registration.
 */
export async function registerPaymentTool(
  ctx: RequestContext,
  input: RegisterPaymentToolInput,
): Promise<PaymentToolRegistration> {
  const caller = requireKey(ctx.principal);
  const partnerId = requireActingForPartner(caller, input.partnerId);
  const repo = ctx.db.getRepository(PaymentToolRegistration);
  const where = { partnerId, offeringCode: input.offeringCode };
  const existing = await repo.findOneBy(where);
  if (existing) return existing;
  if (!(await hasRedeemedVoucher(ctx, partnerId, input.offeringCode))) {
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
      await recordChange(ctx, manager, { resource: "payment_tool_registration", id: saved.id, action: "created", after: saved });
      return saved;
    });
  } catch (error) {
    if (!isUniqueViolation(error, "payment_tool_registrations_once")) throw error;
    return repo.findOneByOrFail(where);
  }
}
