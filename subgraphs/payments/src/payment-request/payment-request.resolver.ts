import { idOrNull, PARTNER_BILLING, paginate, type RequestContext, requireKey } from "@psg/shared";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { PartnerRef } from "../federation/partner.type";
import { PartnerLocationRef } from "../federation/partner-location.type";
import { VoucherRef } from "../federation/voucher.type";
import { Money, money } from "../money/money";
import { createPaymentRequest } from "./create-payment-request";
import { listedPartnerOf, visiblePaymentRequest, whereOverdue } from "./payment-request.access";
import { PaymentRequest } from "./payment-request.entity";
import { paymentRequestLoaders } from "./payment-request.loaders";
import { isOverdue } from "./payment-request.rules";
import { approve, deny, markPaid, submit, withdraw } from "./payment-request.transitions";
import {
  CreatePaymentRequestInput,
  DenyPaymentRequestInput,
  MarkPaymentRequestPaidInput,
  PaymentRequestConnection,
  PaymentRequestsArgs,
} from "./payment-request.type";
import { PaymentRequestLine } from "./payment-request-line.entity";

@Resolver(() => PaymentRequest)
export class PaymentRequestResolver {
  @Authorized()
  @Query(() => PaymentRequest, {
    nullable: true,
    description: "One payment request by id: operators see every request, a partner its own; null for anyone else.",
  })
  paymentRequest(
    @Arg("id", () => ID, { description: "The payment request." }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<PaymentRequest | null> {
    return visiblePaymentRequest(ctx, id);
  }

  @Authorized()
  @Query(() => PaymentRequestConnection, {
    description: "Payment requests, oldest first: operators see every partner's, a partner its own.",
  })
  async paymentRequests(@Args() args: PaymentRequestsArgs, @Ctx() ctx: RequestContext) {
    const partnerId = listedPartnerOf(requireKey(ctx.principal), args.partnerId ?? null);
    const qb = ctx.db.getRepository(PaymentRequest).createQueryBuilder("r");
    if (partnerId !== null) qb.andWhere(idOrNull(partnerId) ? "r.partnerId = :partnerId" : "false", { partnerId });
    if (args.status) qb.andWhere("r.status = :status", { status: args.status });
    if (args.overdue !== undefined && args.overdue !== null) whereOverdue(qb, args.overdue, ctx.now);
    return paginate(qb, args, "createdAt");
  }

  @FieldResolver(() => PartnerRef, { description: "The partner asking for payment." })
  partner(@Root() request: PaymentRequest): PartnerRef {
    return { id: request.partnerId };
  }

  @FieldResolver(() => PartnerLocationRef, {
    nullable: true,
    description: "The location the vouchers were redeemed under; its bank account is paid.",
  })
  location(@Root() request: PaymentRequest): PartnerLocationRef {
    return { id: request.locationId };
  }

  @FieldResolver(() => [PaymentRequestLine], { description: "One line per voucher, oldest redemption first." })
  lines(@Root() request: PaymentRequest, @Ctx() ctx: RequestContext): Promise<PaymentRequestLine[]> {
    return paymentRequestLoaders(ctx).linesOf.load(request.id);
  }

  @FieldResolver(() => Money, { description: "The sum of the lines, computed by the server." })
  total(@Root() request: PaymentRequest): Money {
    return money(BigInt(request.totalMinor), request.currency);
  }

  @FieldResolver(() => Boolean, { description: "Approved, not paid, and past dueBy." })
  overdue(@Root() request: PaymentRequest, @Ctx() ctx: RequestContext): boolean {
    return isOverdue(request.status, request.dueBy, ctx.now);
  }

  @Authorized(...PARTNER_BILLING)
  @Mutation(() => PaymentRequest, {
    description:
      "Asks for payment: a DRAFT request for vouchers this partner redeemed under one location, priced by the server (the partner's GLOBAL_ADMIN or BILLING_ADMIN, or operators).",
  })
  createPaymentRequest(
    @Arg("input", { description: "The partner, the location and the vouchers." }) input: CreatePaymentRequestInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PaymentRequest> {
    return createPaymentRequest(ctx, input);
  }

  @Authorized()
  @Mutation(() => PaymentRequest, {
    description:
      "DRAFT → SUBMITTED, within the deadline of each voucher's redemption (the partner's GLOBAL_ADMIN or BILLING_ADMIN, or operators).",
  })
  submitPaymentRequest(
    @Arg("id", () => ID, { description: "The payment request." }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<PaymentRequest> {
    return submit(ctx, id);
  }

  @Authorized()
  @Mutation(() => PaymentRequest, {
    description: "DRAFT → WITHDRAWN, by the partner's GLOBAL_ADMIN or BILLING_ADMIN; releases its vouchers.",
  })
  withdrawPaymentRequest(
    @Arg("id", () => ID, { description: "The payment request." }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<PaymentRequest> {
    return withdraw(ctx, id);
  }

  @Authorized("OPERATOR")
  @Mutation(() => PaymentRequest, { description: "SUBMITTED → APPROVED (operators); payment is then due within 30 days." })
  approvePaymentRequest(
    @Arg("id", () => ID, { description: "The payment request." }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<PaymentRequest> {
    return approve(ctx, id);
  }

  @Authorized("OPERATOR")
  @Mutation(() => PaymentRequest, { description: "SUBMITTED → DENIED (operators), with a reason; releases its vouchers." })
  denyPaymentRequest(
    @Arg("input", { description: "The payment request and why it is denied." }) input: DenyPaymentRequestInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PaymentRequest> {
    return deny(ctx, input.id, input.reason);
  }

  @Authorized("OPERATOR")
  @Mutation(() => PaymentRequest, { description: "APPROVED → PAID (operators), with the transfer's reference." })
  markPaymentRequestPaid(
    @Arg("input", { description: "The payment request and the transfer's reference." }) input: MarkPaymentRequestPaidInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PaymentRequest> {
    return markPaid(ctx, input.id, input.paymentReference);
  }
}

@Resolver(() => PaymentRequestLine)
export class PaymentRequestLineResolver {
  @FieldResolver(() => VoucherRef, { description: "The voucher the line asks payment for." })
  voucher(@Root() line: PaymentRequestLine): VoucherRef {
    return { id: line.voucherId };
  }

  @FieldResolver(() => Money, { description: "The rate card's daily rate for the delivery country on the redemption date." })
  dailyRate(@Root() line: PaymentRequestLine): Money {
    return money(BigInt(line.dailyRateMinor), line.currency);
  }

  @FieldResolver(() => Money, { description: "Days delivered × daily rate." })
  amount(@Root() line: PaymentRequestLine): Money {
    return money(BigInt(line.amountMinor), line.currency);
  }
}
