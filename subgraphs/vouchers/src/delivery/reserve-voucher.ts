import { fail, type RequestContext, requireId, requireOwnOrganization } from "@psg/shared";
import { requireDeliveryAllowed } from "../clients/partners";
import { Customer } from "../customer/customer.entity";
import { scheduleEngagement } from "../engagement/engagement.transitions";
import type { Voucher } from "../voucher/voucher.entity";
import { catchUpExpiry } from "../voucher/voucher.expiry";
import {
  checkDeliveryCountry,
  checkPlannedDates,
  checkPlannedLength,
  checkServiceLevelOffered,
  checkTermsAccepted,
  effectiveStatus,
  engagementMaxDays,
  requireVoucherStatus,
} from "../voucher/voucher.rules";
import { moveVoucher } from "../voucher/voucher.transitions";
import type { ReserveVoucherInput } from "../voucher/voucher.type";
import { findVoucherByNumber } from "../voucher/voucher-lookup";

const notOwnPartner = () => fail("FORBIDDEN", "You may reserve only for your own partner.");
const noSuchEngagementType = () => fail("ENGAGEMENT_TYPE_MISMATCH", "No such engagement type.");
const notOwnLocation = () => fail("FORBIDDEN", "The location is not one of this partner's.");

/**
 * A partner reserves an assigned voucher for an engagement: everything validation checks,
 * the terms accepted, the dates inside the voucher's validity, and partners' verdict that
 * the partner may deliver it (enrolled, qualified, location in the delivery country). The
 * first valid reservation wins; the engagement is scheduled with it.
 */
export async function reserveVoucher(ctx: RequestContext, input: ReserveVoucherInput): Promise<Voucher> {
  requireId(input.partnerId, notOwnPartner);
  requireOwnOrganization(ctx.principal, "PARTNER", input.partnerId);
  const voucher = await findVoucherByNumber(ctx, input.number, input.assigneeEmail);
  await catchUpExpiry(ctx, [voucher.id]);
  requireVoucherStatus(effectiveStatus(voucher, ctx.now), "ASSIGNED");
  checkTermsAccepted(input.acceptTerms);
  checkPlannedDates(input.plannedStart, input.plannedEnd, ctx.now, voucher.expiresAt);
  const customer = await ctx.db.findOneByOrFail(Customer, { id: voucher.customerId });
  const deliveryCountry = checkDeliveryCountry(input.deliveryCountry ?? customer.country);
  requireId(input.engagementTypeId, noSuchEngagementType);
  requireId(input.locationId, notOwnLocation);
  const verdict = await requireDeliveryAllowed(ctx, {
    partnerId: input.partnerId,
    engagementTypeId: input.engagementTypeId,
    offeringCode: voucher.offeringCode,
    locationId: input.locationId,
    country: deliveryCountry,
    at: ctx.now,
  });
  checkServiceLevelOffered(voucher.serviceLevelDays, verdict.allowedServiceLevels);
  const maxDays = engagementMaxDays(verdict.maxDays);
  checkPlannedLength(input.plannedStart, input.plannedEnd, voucher.serviceLevelDays, maxDays);
  const scheduled: { engagementId?: string } = {};
  return moveVoucher(ctx, voucher.id, {
    action: "reserved",
    from: ["ASSIGNED"],
    to: "RESERVED",
    change: () => ({ partnerId: input.partnerId, reservedAt: ctx.now }),
    afterMove: async (reserved, manager) => {
      const engagement = await scheduleEngagement(
        manager,
        {
          voucherId: reserved.id,
          customerId: reserved.customerId,
          engagementTypeId: input.engagementTypeId,
          maxDays,
          partnerId: input.partnerId,
          locationId: input.locationId,
          deliveryCountry,
          plannedStart: input.plannedStart,
          plannedEnd: input.plannedEnd,
        },
        ctx.now,
      );
      scheduled.engagementId = engagement.id;
    },
    auditOf: () => ({
      before: { status: "ASSIGNED" },
      after: { status: "RESERVED", partnerId: input.partnerId, engagementId: scheduled.engagementId },
    }),
  });
}
