import { audit, DomainError, isCountryCode, isUuid, type RequestContext, requireOwnOrganization, requireRole } from "@psg/shared";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { Not } from "typeorm";
import { Customer } from "../customer/customer.entity";
import { Engagement } from "../engagement/engagement.entity";
import { requireEngagementStatus, requireHolder } from "../engagement/engagement.rules";
import { requireDeliveryAllowed } from "../federation/partners.client";
import { Voucher } from "./voucher.entity";
import {
  checkPlannedDates,
  checkPlannedLength,
  checkTermsAccepted,
  effectiveStatus,
  requireVoucherStatus,
} from "./voucher.rules";
import { catchUpExpiry, lockVoucher, updateCount } from "./voucher.store";
import { CancelReservationInput, ReserveVoucherInput, ValidateVoucherInput, VoucherValidation } from "./voucher.type";
import { findVoucherByNumber } from "./voucher-lookup";

const PARTNER_ROLES = ["GLOBAL_ADMIN", "PARTNER_ADMIN"] as const;

@Resolver(() => Voucher)
export class ReservationResolver {
  @Mutation(() => VoucherValidation, { description: "Checks a voucher number with its assignee's e-mail before reserving it." })
  async validateVoucher(@Arg("input") input: ValidateVoucherInput, @Ctx() ctx: RequestContext): Promise<VoucherValidation> {
    requireRole(ctx.principal, ...PARTNER_ROLES);
    const voucher = await findVoucherByNumber(ctx, input.number, input.assigneeEmail);
    await catchUpExpiry(ctx, [voucher.id]);
    const status = effectiveStatus(voucher, ctx.now);
    requireVoucherStatus(status, "ASSIGNED");
    const customer = await ctx.db.getRepository(Customer).findOneByOrFail({ id: voucher.customerId });
    return {
      voucherId: voucher.id,
      number: voucher.number,
      offering: { code: voucher.offeringCode },
      serviceLevelDays: voucher.serviceLevelDays,
      expiresAt: voucher.expiresAt,
      customerName: customer.name,
      status,
    };
  }

  @Mutation(() => Voucher, { description: "Reserves a voucher for an engagement; the first valid reservation wins." })
  async reserveVoucher(@Arg("input") input: ReserveVoucherInput, @Ctx() ctx: RequestContext): Promise<Voucher> {
    const caller = requireRole(ctx.principal, ...PARTNER_ROLES);
    if (!isUuid(input.partnerId)) throw new DomainError("FORBIDDEN", "You may reserve only for your own partner.");
    requireOwnOrganization(caller, "PARTNER", input.partnerId);
    const voucher = await findVoucherByNumber(ctx, input.number, input.assigneeEmail);
    await catchUpExpiry(ctx, [voucher.id]);
    requireVoucherStatus(effectiveStatus(voucher, ctx.now), "ASSIGNED");
    checkTermsAccepted(input.acceptTerms);
    checkPlannedDates(input.plannedStart, input.plannedEnd, ctx.now, voucher.expiresAt);
    const customer = await ctx.db.getRepository(Customer).findOneByOrFail({ id: voucher.customerId });
    const deliveryCountry = input.deliveryCountry ?? customer.country;
    if (!isCountryCode(deliveryCountry))
      throw new DomainError("BAD_USER_INPUT", "deliveryCountry must be an ISO 3166-1 alpha-2 code.");
    if (!isUuid(input.engagementTypeId)) throw new DomainError("ENGAGEMENT_TYPE_MISMATCH", "No such engagement type.");
    if (!isUuid(input.locationId)) throw new DomainError("FORBIDDEN", "The location is not one of this partner's.");
    const check = await requireDeliveryAllowed(ctx, {
      partnerId: input.partnerId,
      engagementTypeId: input.engagementTypeId,
      offeringCode: voucher.offeringCode,
      locationId: input.locationId,
      country: deliveryCountry,
      at: ctx.now,
    });
    if (check.allowedServiceLevels && !check.allowedServiceLevels.includes(voucher.serviceLevelDays)) {
      throw new DomainError(
        "ENGAGEMENT_TYPE_MISMATCH",
        `This engagement type is not offered at ${voucher.serviceLevelDays} days.`,
      );
    }
    const maxDays = check.maxDays ?? 15;
    checkPlannedLength(input.plannedStart, input.plannedEnd, voucher.serviceLevelDays, maxDays);

    return ctx.db.transaction(async (manager) => {
      const reserved = await updateCount(
        manager,
        `UPDATE "vouchers"."vouchers" SET "status" = 'RESERVED', "partner_id" = $2, "reserved_at" = $3
         WHERE "id" = $1 AND "status" = 'ASSIGNED' AND "expires_at" > $3`,
        [voucher.id, input.partnerId, ctx.now],
      );
      if (reserved !== 1) {
        const now = await manager.findOneByOrFail(Voucher, { id: voucher.id });
        requireVoucherStatus(effectiveStatus(now, ctx.now), "ASSIGNED");
        throw new DomainError("VOUCHER_ALREADY_RESERVED", "The voucher is already reserved.");
      }
      const engagement = await manager.save(
        manager.create(Engagement, {
          voucherId: voucher.id,
          customerId: voucher.customerId,
          engagementTypeId: input.engagementTypeId,
          maxDays,
          partnerId: input.partnerId,
          locationId: input.locationId,
          deliveryCountry,
          plannedStart: input.plannedStart,
          plannedEnd: input.plannedEnd,
          actualStart: null,
          actualEnd: null,
          daysDelivered: null,
          offsiteDays: null,
          consultantIds: [],
          status: "SCHEDULED",
          createdAt: ctx.now,
          cancelledAt: null,
          cancelReason: null,
        }),
      );
      await audit(manager, {
        actor: caller,
        action: "voucher.reserved",
        entity: "voucher",
        entityId: voucher.id,
        before: { status: "ASSIGNED" },
        after: { status: "RESERVED", partnerId: input.partnerId, engagementId: engagement.id },
        at: ctx.now,
      });
      return { ...voucher, status: "RESERVED" as const, partnerId: input.partnerId, reservedAt: ctx.now };
    });
  }

  @Mutation(() => Voucher, { description: "The holding partner gives a reservation up before delivery starts." })
  async cancelReservation(@Arg("input") input: CancelReservationInput, @Ctx() ctx: RequestContext): Promise<Voucher> {
    const caller = requireRole(ctx.principal, ...PARTNER_ROLES);
    if (!isUuid(input.voucherId)) throw new DomainError("VOUCHER_NOT_FOUND", "No such voucher.");
    if (input.reason.trim() === "" || input.reason.length > 2000) {
      throw new DomainError("BAD_USER_INPUT", "reason must be 1 to 2000 characters.");
    }
    await catchUpExpiry(ctx, [input.voucherId]);
    return ctx.db.transaction(async (manager) => {
      const voucher = await lockVoucher(manager, input.voucherId);
      requireHolder(voucher.partnerId, caller.organizationId, caller.organizationKind === "OPERATOR");
      requireVoucherStatus(effectiveStatus(voucher, ctx.now), "RESERVED");
      const engagement = await manager.findOneByOrFail(Engagement, { voucherId: voucher.id, status: Not("CANCELLED") });
      requireEngagementStatus(engagement.status, "SCHEDULED");
      await updateCount(
        manager,
        `UPDATE "vouchers"."engagements" SET "status" = 'CANCELLED', "cancelled_at" = $2, "cancel_reason" = $3 WHERE "id" = $1 AND "status" = 'SCHEDULED'`,
        [engagement.id, ctx.now, input.reason.trim()],
      );
      await updateCount(
        manager,
        `UPDATE "vouchers"."vouchers" SET "status" = 'ASSIGNED', "partner_id" = NULL, "reserved_at" = NULL WHERE "id" = $1 AND "status" = 'RESERVED'`,
        [voucher.id],
      );
      await audit(manager, {
        actor: caller,
        action: "voucher.reservation_cancelled",
        entity: "voucher",
        entityId: voucher.id,
        before: { status: "RESERVED", partnerId: voucher.partnerId, engagementId: engagement.id },
        after: { status: "ASSIGNED", reason: input.reason.trim() },
        at: ctx.now,
      });
      return { ...voucher, status: "ASSIGNED" as const, partnerId: null, reservedAt: null };
    });
  }
}
