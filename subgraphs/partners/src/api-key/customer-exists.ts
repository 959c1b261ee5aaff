import { DomainError, isUuid, type RequestContext } from "@psg/shared";

const CUSTOMERS_EXIST = `query ($ids: [ID!]!) { _customersExist(ids: $ids) }`;

/** A CUSTOMER key names a customer that exists; the vouchers subgraph owns customers. */
export async function requireCustomerExists(ctx: RequestContext, customerId: string): Promise<void> {
  const exists =
    isUuid(customerId) &&
    (await ctx.services.query<{ _customersExist: boolean[] }>("vouchers", CUSTOMERS_EXIST, { ids: [customerId] }))
      ._customersExist[0] === true;
  if (!exists) throw new DomainError("NOT_FOUND", "No such customer.");
}
