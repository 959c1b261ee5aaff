import { buildFederatedSchema } from "@psg/shared";
import type { GraphQLSchema } from "graphql";
import { DeliverableResolver } from "./completion-report/deliverable.resolver";
import { BenefitResolver } from "./customer/benefit.resolver";
import { customerReference } from "./customer/customer.reference";
import { CustomerResolver } from "./customer/customer.resolver";
import { DeliveryResolver } from "./delivery/delivery.resolver";
import { EngagementVoucherResolver } from "./delivery/engagement-voucher.resolver";
import { VoucherEngagementResolver } from "./delivery/voucher-engagement.resolver";
import { engagementReference } from "./engagement/engagement.reference";
import { EngagementResolver } from "./engagement/engagement.resolver";
import { RedeemedVouchersInternalResolver } from "./internal/redeemed-vouchers.internal";
import { VoucherInternalResolver } from "./internal/vouchers.internal";
import { OfferResolver } from "./offer/offer.resolver";
import { PartnerOffersResolver } from "./offer/partner-offers.resolver";
import { partnerReference } from "./partner/partner.reference";
import { PartnerVouchersResolver } from "./partner/partner.resolver";
import { CustomerVouchersResolver } from "./voucher/customer-vouchers.resolver";
import { voucherReference } from "./voucher/voucher.reference";
import { VoucherResolver } from "./voucher/voucher.resolver";
import { VoucherDeadlinesResolver } from "./voucher/voucher-deadlines.resolver";

export function buildVouchersSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        CustomerResolver,
        BenefitResolver,
        CustomerVouchersResolver,
        VoucherResolver,
        VoucherEngagementResolver,
        EngagementResolver,
        EngagementVoucherResolver,
        DeliveryResolver,
        DeliverableResolver,
        PartnerVouchersResolver,
        VoucherInternalResolver,
        RedeemedVouchersInternalResolver,
        VoucherDeadlinesResolver,
        OfferResolver,
        PartnerOffersResolver,
      ],
    },
    {
      Customer: customerReference,
      Voucher: voucherReference,
      Engagement: engagementReference,
      Partner: partnerReference,
    },
  );
}
