import { type RequestContext, requireId, requireOwnOrganization, transition } from "@psg/shared";
import { Benefit, type BenefitStatus } from "./benefit.entity";
import { noSuchCustomer } from "./customer.access";
import { refuseActivation } from "./customer.rules";

/** The customer's benefits administrator activates its Planning Services benefit, once. */
export function activateBenefit(ctx: RequestContext, customerId: string): Promise<Benefit> {
  requireId(customerId, noSuchCustomer);
  requireOwnOrganization(ctx.principal, "CUSTOMER", customerId);
  return transition<Benefit, BenefitStatus>(ctx, {
    entity: Benefit,
    resource: "benefit",
    id: customerId,
    idProperty: "customerId",
    action: "activated",
    from: ["AVAILABLE"],
    to: "ACTIVATED",
    missing: noSuchCustomer,
    refuse: refuseActivation,
    change: () => ({ activatedAt: ctx.now }),
    auditOf: (before) => ({ before: { status: before.status }, after: { status: "ACTIVATED" } }),
    event: (benefit) => ({
      audiences: [{ kind: "CUSTOMER", id: customerId }],
      data: { customerId, status: benefit.status, totalDays: benefit.totalDays, remainingDays: benefit.remainingDays },
    }),
  });
}
