import { fail, type RequestContext, requireId, requireOwnOrganization } from "@psg/shared";
import { requireDeliveryAllowed } from "../clients/partners";
import { Customer } from "../customer/customer.entity";
import { scheduleEngagement } from "../engagement/engagement.transitions";
import { Voucher } from "../voucher/voucher.entity";
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
import { VoucherOffer } from "../voucher/voucher-offer.entity";
import { notOffered } from "../voucher/voucher-offer.rules";
import { endOpenOfferOf, lockOpenOffer } from "../voucher/voucher-offer.transitions";

const notOwnPartner = () => fail("FORBIDDEN", "You may reserve only for your own partner.");
const noSuchEngagementType = () => fail("ENGAGEMENT_TYPE_MISMATCH", "No such engagement type.");
const notOwnLocation = () => fail("FORBIDDEN", "The location is not one of this partner's.");

/** The voucher named by its number and its assignee's e-mail (the path that needs no offer). */
function numberAndEmail(input: ReserveVoucherInput): [string, string] {
  if ((input.number ?? null) === null || (input.assigneeEmail ?? null) === null) {
    return fail(
      "BAD_USER_INPUT",
      "Give the voucher's number and its assignee's e-mail, or the voucherId of a voucher offered to you.",
    );
  }
  return [input.number as string, input.assigneeEmail as string];
}

/**
 * The voucher a customer offered to this partner, by id. Without an offer to this partner,
 * or when the last one was withdrawn, VOUCHER_NOT_OFFERED (an unknown id reads the same);
 * an offer that ended with the voucher (reserved, cancelled, expired) leaves the voucher's
 * own state to answer, as for a partner holding the number. The offer is checked again,
 * locked, in the reservation's transaction.
 */
async function findOfferedVoucher(ctx: RequestContext, input: ReserveVoucherInput): Promise<Voucher> {
  if ((input.number ?? null) !== null || (input.assigneeEmail ?? null) !== null) {
    fail("BAD_USER_INPUT", "Give either voucherId or number and assigneeEmail, not both.");
  }
  const voucherId = requireId(input.voucherId ?? "", notOffered);
  const last = await ctx.db.findOne(VoucherOffer, {
    where: { voucherId, partnerId: input.partnerId },
    order: { createdAt: "DESC", id: "DESC" },
  });
  if (!last || last.status === "WITHDRAWN") notOffered();
  return (await ctx.db.findOneBy(Voucher, { id: voucherId })) ?? notOffered();
}

/**
 * A partner reserves an assigned voucher for an engagement: everything validation checks,
 * the terms accepted, the dates inside the voucher's validity, and partners' verdict that
 * the partner may deliver it (enrolled, qualified, location in the delivery country). The
 * first valid reservation wins; the engagement is scheduled with it. The voucher is named by
 * its number and its assignee's e-mail, or by its id when a customer offered it to this
 * partner; either way its open offer ends with the reservation, in the same transaction.
 */
export async function reserveVoucher(ctx: RequestContext, input: ReserveVoucherInput): Promise<Voucher> {
  requireId(input.partnerId, notOwnPartner);
  requireOwnOrganization(ctx.principal, "PARTNER", input.partnerId);
  const offered = (input.voucherId ?? null) !== null;
  const voucher = offered ? await findOfferedVoucher(ctx, input) : await findVoucherByNumber(ctx, ...numberAndEmail(input));
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
    change: async (locked, manager) => {
      if (offered) await lockOpenOffer(manager, locked.id, input.partnerId, ctx.now);
      return { partnerId: input.partnerId, reservedAt: ctx.now };
    },
    afterMove: async (reserved, manager) => {
      await endOpenOfferOf(ctx, manager, reserved.id, "RESERVED");
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
