import {
  audit,
  DomainError,
  isUniqueViolation,
  isUuid,
  type Principal,
  paginate,
  type RequestContext,
  requireKey,
  requireRole,
} from "@psg/shared";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { In } from "typeorm";
import { requirePartnerLocation } from "../clients/partners";
import { vouchersForPayment } from "../clients/vouchers";
import { PartnerRef } from "../federation/partner.type";
import { PartnerLocationRef } from "../federation/partner-location.type";
import { VoucherRef } from "../federation/voucher.type";
import { Money, money } from "../money/money";
import { partnerSetupLoaders } from "../payment-tool/payment-tool.loaders";
import { RateCard } from "../rate-card/rate-card.entity";
import { canReadPaymentRequest, requirePartnerRole, whereOverdue } from "./payment-request.access";
import { PaymentRequest } from "./payment-request.entity";
import { paymentRequestLoaders } from "./payment-request.loaders";
import {
  checkRegistered,
  checkVoucherIds,
  checkVouchersClaimable,
  isOverdue,
  type PricedLine,
  priceLines,
  totalOf,
} from "./payment-request.rules";
import { approve, deny, markPaid, submit, withdraw } from "./payment-request.transitions";
import {
  CreatePaymentRequestInput,
  DenyPaymentRequestInput,
  MarkPaymentRequestPaidInput,
  PaymentRequestConnection,
  PaymentRequestsArgs,
} from "./payment-request.type";
import { PaymentRequestLine } from "./payment-request-line.entity";
import { newReferenceNumber } from "./reference-number";

const REFERENCE_CONSTRAINT = "payment_requests_reference_number_key";
const CLAIM_CONSTRAINT = "payment_request_lines_one_claim";

@Resolver(() => PaymentRequest)
export class PaymentRequestResolver {
  @Query(() => PaymentRequest, { nullable: true, description: "Operators see every request; a partner its own." })
  async paymentRequest(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<PaymentRequest | null> {
    requireKey(ctx.principal);
    if (!isUuid(id)) return null;
    const request = await paymentRequestLoaders(ctx).request.load(id);
    return request && canReadPaymentRequest(ctx.principal, request.partnerId) ? request : null;
  }

  @Query(() => PaymentRequestConnection, { description: "Oldest first. Operators see every partner's; a partner its own." })
  async paymentRequests(@Args() args: PaymentRequestsArgs, @Ctx() ctx: RequestContext) {
    const caller = requireKey(ctx.principal);
    let partnerId = args.partnerId ?? null;
    if (caller.organizationKind !== "OPERATOR") {
      if (caller.organizationKind !== "PARTNER" || (partnerId !== null && partnerId !== caller.organizationId)) {
        throw new DomainError("FORBIDDEN", "A partner sees only its own payment requests.");
      }
      partnerId = caller.organizationId;
    }
    const qb = ctx.db.getRepository(PaymentRequest).createQueryBuilder("r");
    if (partnerId !== null) qb.andWhere(isUuid(partnerId) ? "r.partnerId = :partnerId" : "false", { partnerId });
    if (args.status) qb.andWhere("r.status = :status", { status: args.status });
    if (args.overdue !== undefined && args.overdue !== null) whereOverdue(qb, args.overdue, ctx.now);
    return paginate(qb, args, "createdAt");
  }

  @FieldResolver(() => PartnerRef)
  partner(@Root() request: PaymentRequest): PartnerRef {
    return { id: request.partnerId };
  }

  @FieldResolver(() => PartnerLocationRef, { nullable: true })
  location(@Root() request: PaymentRequest): PartnerLocationRef {
    return { id: request.locationId };
  }

  @FieldResolver(() => [PaymentRequestLine])
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

  @Mutation(() => PaymentRequest, {
    description: "A DRAFT request for vouchers this partner redeemed under one location, priced by the server.",
  })
  async createPaymentRequest(
    @Arg("input") input: CreatePaymentRequestInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PaymentRequest> {
    const caller = requirePartnerRole(ctx.principal, input.partnerId, "GLOBAL_ADMIN", "BILLING_ADMIN");
    checkVoucherIds(input.voucherIds);
    const location = await requirePartnerLocation(ctx, input.partnerId, input.locationId);
    const bankAccount = await partnerSetupLoaders(ctx).bankAccountOfLocation.load(input.locationId);
    if (!bankAccount) {
      throw new DomainError("NO_BANK_ACCOUNT", "Add a bank account for this location before asking for payment.");
    }
    const known = input.voucherIds.filter(isUuid);
    const answers = known.length > 0 ? await vouchersForPayment(ctx, known) : [];
    const facts = input.voucherIds.map((id) => (isUuid(id) ? answers[known.indexOf(id)] : null));
    const vouchers = checkVouchersClaimable(input.voucherIds, facts, input.partnerId, input.locationId);
    const registrations = await partnerSetupLoaders(ctx).registrationsOf.load(input.partnerId);
    checkRegistered(
      vouchers.map((v) => v.offeringCode),
      new Set(registrations.map((r) => r.offeringCode)),
    );
    const countries = [...new Set(vouchers.map((v) => v.deliveryCountry as string))];
    const rates = await ctx.db.getRepository(RateCard).findBy({ country: In(countries) });
    const { lines, currency } = priceLines(vouchers, rates);

    for (let attempt = 1; ; attempt++) {
      try {
        return await this.insertDraft(ctx, caller, input, bankAccount.id, location.country, currency, lines);
      } catch (error) {
        if (isUniqueViolation(error, CLAIM_CONSTRAINT)) {
          throw new DomainError("VOUCHER_ALREADY_CLAIMED", "A voucher of this request is already in another payment request.");
        }
        if (!isUniqueViolation(error, REFERENCE_CONSTRAINT) || attempt >= 5) throw error;
      }
    }
  }

  private insertDraft(
    ctx: RequestContext,
    caller: Principal,
    input: CreatePaymentRequestInput,
    bankAccountId: string,
    country: string,
    currency: string,
    lines: PricedLine[],
  ): Promise<PaymentRequest> {
    return ctx.db.transaction(async (manager) => {
      const request = await manager.save(
        manager.create(PaymentRequest, {
          referenceNumber: newReferenceNumber(ctx.now),
          partnerId: input.partnerId,
          locationId: input.locationId,
          bankAccountId,
          country,
          currency,
          totalMinor: totalOf(lines).toString(),
          status: "DRAFT",
          createdAt: ctx.now,
          submittedAt: null,
          approvedAt: null,
          deniedAt: null,
          denialReason: null,
          withdrawnAt: null,
          paidAt: null,
          paymentReference: null,
          dueBy: null,
        }),
      );
      const rows = lines.map((line) => ({
        requestId: request.id,
        voucherId: line.voucherId,
        offeringCode: line.offeringCode,
        days: line.days,
        dailyRateMinor: line.dailyRateMinor.toString(),
        amountMinor: line.amountMinor.toString(),
        currency: line.currency,
        redeemedAt: line.redeemedAt,
        claimedAt: ctx.now,
        released: false,
      }));
      await manager.insert(PaymentRequestLine, rows);
      await audit(manager, {
        actor: caller,
        action: "payment_request.created",
        entity: "payment_request",
        entityId: request.id,
        after: { ...request, lines: rows },
        at: ctx.now,
      });
      return request;
    });
  }

  @Mutation(() => PaymentRequest, { description: "DRAFT → SUBMITTED, within the deadline of each voucher's redemption." })
  submitPaymentRequest(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<PaymentRequest> {
    requireKey(ctx.principal);
    return submit(ctx, id);
  }

  @Mutation(() => PaymentRequest, {
    description: "DRAFT → WITHDRAWN, by the partner's GLOBAL_ADMIN or BILLING_ADMIN; releases its vouchers.",
  })
  withdrawPaymentRequest(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<PaymentRequest> {
    requireKey(ctx.principal);
    return withdraw(ctx, id);
  }

  @Mutation(() => PaymentRequest, { description: "SUBMITTED → APPROVED (operators)." })
  approvePaymentRequest(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<PaymentRequest> {
    requireRole(ctx.principal, "OPERATOR");
    return approve(ctx, id);
  }

  @Mutation(() => PaymentRequest, { description: "SUBMITTED → DENIED (operators); releases its vouchers." })
  denyPaymentRequest(@Arg("input") input: DenyPaymentRequestInput, @Ctx() ctx: RequestContext): Promise<PaymentRequest> {
    requireRole(ctx.principal, "OPERATOR");
    return deny(ctx, input.id, input.reason);
  }

  @Mutation(() => PaymentRequest, { description: "APPROVED → PAID (operators)." })
  markPaymentRequestPaid(@Arg("input") input: MarkPaymentRequestPaidInput, @Ctx() ctx: RequestContext): Promise<PaymentRequest> {
    requireRole(ctx.principal, "OPERATOR");
    return markPaid(ctx, input.id, input.paymentReference);
  }
}

@Resolver(() => PaymentRequestLine)
export class PaymentRequestLineResolver {
  @FieldResolver(() => VoucherRef)
  voucher(@Root() line: PaymentRequestLine): VoucherRef {
    return { id: line.voucherId };
  }

  @FieldResolver(() => Money)
  dailyRate(@Root() line: PaymentRequestLine): Money {
    return money(BigInt(line.dailyRateMinor), line.currency);
  }

  @FieldResolver(() => Money)
  amount(@Root() line: PaymentRequestLine): Money {
    return money(BigInt(line.amountMinor), line.currency);
  }
}
