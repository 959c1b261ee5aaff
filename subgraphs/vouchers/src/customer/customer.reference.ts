import { idOrNull, type RequestContext } from "@psg/shared";
import { canSeeCustomer } from "./customer.access";
import type { Customer } from "./customer.entity";
import { customerLoaders } from "./customer.loaders";

/** A customer the caller may see, by id; null for any other. */
export async function visibleCustomer(ctx: RequestContext, id: string): Promise<Customer | null> {
  const known = idOrNull(id);
  return known && canSeeCustomer(ctx.principal, known) ? customerLoaders(ctx).customer.load(known) : null;
}

export const customerReference = {
  __resolveReference: (ref: Pick<Customer, "id">, ctx: RequestContext): Promise<Customer | null> => visibleCustomer(ctx, ref.id),
};
