import { audit, DomainError, isUuid, type RequestContext, requireOwnOrganization } from "@psg/shared";
import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { Benefit } from "./benefit.entity";
import { checkActivation } from "./customer.rules";

@Resolver(() => Benefit)
export class BenefitResolver {
  @Mutation(() => Benefit, { description: "The customer's benefits administrator activates its Planning Services benefit." })
  async activateBenefit(@Arg("customerId", () => ID) customerId: string, @Ctx() ctx: RequestContext): Promise<Benefit> {
    if (!isUuid(customerId)) throw new DomainError("NOT_FOUND", "No such customer.");
    const caller = requireOwnOrganization(ctx.principal, "CUSTOMER", customerId, "BENEFITS_ADMIN");
    return ctx.db.transaction(async (manager) => {
      const benefit = await manager.findOne(Benefit, { where: { customerId }, lock: { mode: "pessimistic_write" } });
      if (!benefit) throw new DomainError("NOT_FOUND", "No such customer.");
      checkActivation(benefit.status);
      const activated = { ...benefit, status: "ACTIVATED" as const, activatedAt: ctx.now };
      await manager.save(Benefit, activated);
      await audit(manager, {
        actor: caller,
        action: "benefit.activated",
        entity: "benefit",
        entityId: customerId,
        before: { status: benefit.status },
        after: { status: "ACTIVATED" },
        at: ctx.now,
      });
      return activated;
    });
  }
}
