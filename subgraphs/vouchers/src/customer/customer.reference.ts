import { canActFor, isUuid, type RequestContext } from "@psg/shared";
import type { Customer } from "./customer.entity";
import { customerLoaders } from "./customer.loaders";

export const customerReference = {
  __resolveReference: async (ref: Pick<Customer, "id">, ctx: RequestContext): Promise<Customer | null> =>
    isUuid(ref.id) && canActFor(ctx.principal, "CUSTOMER", ref.id) ? customerLoaders(ctx).customer.load(ref.id) : null,
};
