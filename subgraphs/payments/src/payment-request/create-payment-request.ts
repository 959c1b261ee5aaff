import { DomainError, isUniqueViolation, isUuid, type RequestContext, recordChange } from "@psg/shared";
import { In } from "typeorm";
import { requirePartnerLocation } from "../clients/partners";
import { vouchersForPayment } from "../clients/vouchers";
import { requireActingForPartner } from "../federation/partner.access";
import { partnerSetupLoaders } from "../payment-tool/payment-tool.loaders";
import { RateCard } from "../rate-card/rate-card.entity";
import { PaymentRequest } from "./payment-request.entity";
import {
  checkRegistered,
  checkVoucherIds,
  checkVouchersClaimable,
  type PricedLine,
  priceLines,
  totalOf,
} from "./payment-request.rules";
import type { CreatePaymentRequestInput } from "./payment-request.type";
import { PaymentRequestLine } from "./payment-request-line.entity";
import { newReferenceNumber } from "./reference-number";

const REFERENCE_CONSTRAINT = "payment_requests_reference_number_key";
const CLAIM_CONSTRAINT = "payment_request_lines_one_claim";

interface Draft {
  partnerId: string;
  locationId: string;
  bankAccountId: string;
  country: string;
  currency: string;
  lines: PricedLine[];
}

/**
 * A DRAFT payment request for vouchers the partner redeemed under one of its locations: the
 * location has a bank account, every voucher is the partner's and redeemed there, the partner
 * is registered for each offering, and the lines are priced from the rate cards. A voucher is
 * claimed by one request at a time (a unique constraint); a reference number that collides is
 * drawn again.
 */
export async function createPaymentRequest(ctx: RequestContext, input: CreatePaymentRequestInput): Promise<PaymentRequest> {
  const partnerId = requireActingForPartner(ctx.principal, input.partnerId);
  checkVoucherIds(input.voucherIds);
  const location = await requirePartnerLocation(ctx, partnerId, input.locationId);
  const setup = partnerSetupLoaders(ctx);
  const bankAccount = await setup.bankAccountOfLocation.load(input.locationId);
  if (!bankAccount) throw new DomainError("NO_BANK_ACCOUNT", "Add a bank account for this location before asking for payment.");
  const known = input.voucherIds.filter(isUuid);
  const answers = known.length > 0 ? await vouchersForPayment(ctx, known) : [];
  const facts = input.voucherIds.map((id) => (isUuid(id) ? answers[known.indexOf(id)] : null));
  const vouchers = checkVouchersClaimable(input.voucherIds, facts, partnerId, input.locationId);
  const registrations = await setup.registrationsOf.load(partnerId);
  checkRegistered(
    vouchers.map((v) => v.offeringCode),
    new Set(registrations.map((r) => r.offeringCode)),
  );
  const countries = [...new Set(vouchers.map((v) => v.deliveryCountry as string))];
  const rates = await ctx.db.getRepository(RateCard).findBy({ country: In(countries) });
  const { lines, currency } = priceLines(vouchers, rates);
  const draft: Draft = {
    partnerId,
    locationId: input.locationId,
    bankAccountId: bankAccount.id,
    country: location.country,
    currency,
    lines,
  };
  for (let attempt = 1; ; attempt++) {
    try {
      return await insertDraft(ctx, draft);
    } catch (error) {
      if (isUniqueViolation(error, CLAIM_CONSTRAINT)) {
        throw new DomainError("VOUCHER_ALREADY_CLAIMED", "A voucher of this request is already in another payment request.");
      }
      if (!isUniqueViolation(error, REFERENCE_CONSTRAINT) || attempt >= 5) throw error;
    }
  }
}

function insertDraft(ctx: RequestContext, draft: Draft): Promise<PaymentRequest> {
  return ctx.db.transaction(async (manager) => {
    const request = await manager.save(
      manager.create(PaymentRequest, {
        referenceNumber: newReferenceNumber(ctx.now),
        partnerId: draft.partnerId,
        locationId: draft.locationId,
        bankAccountId: draft.bankAccountId,
        country: draft.country,
        currency: draft.currency,
        totalMinor: totalOf(draft.lines).toString(),
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
    const rows = draft.lines.map((line) => ({
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
    await recordChange(ctx, manager, {
      resource: "payment_request",
      id: request.id,
      action: "created",
      after: { ...request, lines: rows },
    });
    return request;
  });
}
