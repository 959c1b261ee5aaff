import { isUuid, type RequestContext } from "@psg/shared";
import { canReadPaymentRequest } from "./payment-request.access";
import type { PaymentRequest } from "./payment-request.entity";
import { paymentRequestLoaders } from "./payment-request.loaders";

export const paymentRequestReference = {
  __resolveReference: async (ref: Pick<PaymentRequest, "id">, ctx: RequestContext): Promise<PaymentRequest | null> => {
    if (!isUuid(ref.id)) return null;
    const request = await paymentRequestLoaders(ctx).request.load(ref.id);
    return request && canReadPaymentRequest(ctx.principal, request.partnerId) ? request : null;
  },
};
