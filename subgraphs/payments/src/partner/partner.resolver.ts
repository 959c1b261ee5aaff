import { ConnectionArgs, emptyConnection, pageArgsOf, type RequestContext } from "@psg/shared";
import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { BankAccount } from "../bank-account/bank-account.entity";
import { PartnerRef } from "../federation/partner.type";
import { canReadPaymentRequest } from "../payment-request/payment-request.access";
import { requestsOfPartner } from "../payment-request/payment-request.loaders";
import { PaymentRequestConnection } from "../payment-request/payment-request.type";
import { partnerSetupLoaders } from "../payment-tool/payment-tool.loaders";
import { PaymentToolRegistration } from "../payment-tool/payment-tool-registration.entity";

/**
 * Partner fields payments adds; only the partner itself and operators see them. Nullable,
 * so that payments being down costs only these fields.
 */
@Resolver(() => PartnerRef)
export class PartnerPaymentsResolver {
  @FieldResolver(() => PaymentRequestConnection, {
    nullable: true,
    description: "The partner's payment requests, oldest first (the partner and operators).",
  })
  paymentRequests(@Root() partner: PartnerRef, @Args() args: ConnectionArgs, @Ctx() ctx: RequestContext) {
    if (!canReadPaymentRequest(ctx.principal, partner.id)) return emptyConnection();
    return requestsOfPartner(ctx).load({ parentId: partner.id, ...pageArgsOf(args) });
  }

  @FieldResolver(() => [PaymentToolRegistration], {
    nullable: true,
    description: "The offerings the partner registered for in the payment tool (the partner and operators; empty for others).",
  })
  async paymentToolRegistrations(@Root() partner: PartnerRef, @Ctx() ctx: RequestContext) {
    if (!canReadPaymentRequest(ctx.principal, partner.id)) return [];
    return partnerSetupLoaders(ctx).registrationsOf.load(partner.id);
  }

  @FieldResolver(() => [BankAccount], {
    nullable: true,
    description: "The accounts the partner's locations are paid to (the partner and operators; empty for others).",
  })
  async bankAccounts(@Root() partner: PartnerRef, @Ctx() ctx: RequestContext) {
    if (!canReadPaymentRequest(ctx.principal, partner.id)) return [];
    return partnerSetupLoaders(ctx).bankAccountsOf.load(partner.id);
  }
}
