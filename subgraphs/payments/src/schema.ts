import { buildFederatedSchema } from "@psg/shared";
import type { GraphQLSchema } from "graphql";
import { BankAccountResolver } from "./bank-account/bank-account.resolver";
import { keyOnlyReference } from "./federation/references";
import { PartnerPaymentsResolver } from "./partner/partner.resolver";
import { PaymentDeadlinesResolver } from "./payment-request/payment-deadlines.resolver";
import { paymentRequestReference } from "./payment-request/payment-request.reference";
import { PaymentRequestLineResolver, PaymentRequestResolver } from "./payment-request/payment-request.resolver";
import { VoucherPaymentsResolver } from "./payment-request/voucher-payment.resolver";
import { PaymentToolResolver } from "./payment-tool/payment-tool.resolver";
import { RateCardResolver } from "./rate-card/rate-card.resolver";

export function buildPaymentsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        RateCardResolver,
        PaymentToolResolver,
        BankAccountResolver,
        PaymentRequestResolver,
        PaymentRequestLineResolver,
        PartnerPaymentsResolver,
        VoucherPaymentsResolver,
        PaymentDeadlinesResolver,
      ],
    },
    { Partner: keyOnlyReference, Voucher: keyOnlyReference, PaymentRequest: paymentRequestReference },
  );
}
