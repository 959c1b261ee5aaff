import { type RequestContext, recordChange } from "@psg/shared";
import { Benefit } from "./benefit.entity";
import { Customer } from "./customer.entity";
import { checkNewCustomer } from "./customer.rules";
import type { CreateCustomerInput } from "./customer.type";

/** An operator registers a customer with its pool of planning days, the benefit not yet activated. */
export async function createCustomer(ctx: RequestContext, input: CreateCustomerInput): Promise<Customer> {
  checkNewCustomer(input);
  return ctx.db.transaction(async (manager) => {
    const customer = await manager.save(
      manager.create(Customer, {
        name: input.name.trim(),
        country: input.country,
        agreementNumber: input.agreementNumber ?? null,
        saCoverageEnd: input.saCoverageEnd,
        createdAt: ctx.now,
      }),
    );
    const benefit = await manager.save(
      manager.create(Benefit, {
        customerId: customer.id,
        status: "AVAILABLE",
        totalDays: input.planningDays,
        remainingDays: input.planningDays,
        activatedAt: null,
      }),
    );
    await recordChange(ctx, manager, {
      resource: "customer",
      id: customer.id,
      action: "created",
      after: { customer, benefit },
      event: {
        audiences: [{ kind: "CUSTOMER", id: customer.id }],
        data: { id: customer.id, name: customer.name, country: customer.country, planningDays: benefit.totalDays },
      },
    });
    return customer;
  });
}
