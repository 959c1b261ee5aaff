import type { RequestContext } from "@psg/shared";
import { visiblePaymentRequest } from "./payment-request.access";
import type { PaymentRequest } from "./payment-request.entity";

/** A payment request resolves for its partner and operators; for anyone else it is null. */
export const paymentRequestReference = {
  __resolveReference: (ref: Pick<PaymentRequest, "id">, ctx: RequestContext): Promise<PaymentRequest | null> =>
    visiblePaymentRequest(ctx, ref.id),
};
