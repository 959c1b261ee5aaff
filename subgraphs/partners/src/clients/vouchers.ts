import { CUSTOMERS_EXIST, isUuid, notFound, type RequestContext } from "@psg/shared";

/** A CUSTOMER key names a customer that exists; the vouchers subgraph owns customers. */
export async function requireCustomerExists(ctx: RequestContext, customerId: string): Promise<void> {
  const exists =
    isUuid(customerId) && (await ctx.services.ask(CUSTOMERS_EXIST, { ids: [customerId] }))._customersExist[0] === true;
  if (!exists) notFound("Customer");
}
