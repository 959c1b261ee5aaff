import { audit, ConnectionType, DomainError, isUuid, type RequestContext, requireKey, requireRole } from "@psg/shared";
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { reportLoaders, toReportView } from "../completion-report/completion-report.loaders";
import { CompletionReportView } from "../completion-report/completion-report.type";
import { ConsultantRef } from "../federation/consultant.stub";
import { EngagementTypeRef } from "../federation/engagement-type.stub";
import { PartnerLocationRef } from "../federation/partner-location.stub";
import { requireDeliveryAllowed } from "../federation/partners.client";
import { PartnerRef } from "../partner/partner.type";
import { Voucher } from "../voucher/voucher.entity";
import { voucherLoaders } from "../voucher/voucher.loaders";
import { checkPlannedDates, checkPlannedLength } from "../voucher/voucher.rules";
import { updateCount } from "../voucher/voucher.store";
import { canSeeEngagement, engagementForChange, lockForDelivery } from "./engagement.access";
import { Engagement } from "./engagement.entity";
import { engagementLoaders } from "./engagement.loaders";
import { checkDelivery, checkStart, requireEngagementStatus } from "./engagement.rules";
import { CompleteDeliveryInput, RescheduleEngagementInput, StartEngagementInput } from "./engagement.type";

const PARTNER_ROLES = ["GLOBAL_ADMIN", "PARTNER_ADMIN"] as const;

export const EngagementConnection = ConnectionType("Engagement", Engagement);

@Resolver(() => Engagement)
export class EngagementResolver {
  @Query(() => Engagement, { nullable: true })
  async engagement(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Engagement | null> {
    requireKey(ctx.principal);
    if (!isUuid(id)) return null;
    const engagement = await engagementLoaders(ctx).engagement.load(id);
    return engagement && canSeeEngagement(ctx.principal, engagement) ? engagement : null;
  }

  @FieldResolver(() => Voucher)
  async voucher(@Root() engagement: Engagement, @Ctx() ctx: RequestContext): Promise<Voucher | null> {
    return voucherLoaders(ctx).voucher.load(engagement.voucherId);
  }

  @FieldResolver(() => EngagementTypeRef)
  engagementType(@Root() engagement: Engagement): EngagementTypeRef {
    return { id: engagement.engagementTypeId };
  }

  @FieldResolver(() => PartnerRef)
  partner(@Root() engagement: Engagement): PartnerRef {
    return { id: engagement.partnerId };
  }

  @FieldResolver(() => PartnerLocationRef, { nullable: true })
  location(@Root() engagement: Engagement): PartnerLocationRef {
    return { id: engagement.locationId };
  }

  @FieldResolver(() => [ConsultantRef], { description: "Shown to the delivering partner and operators." })
  consultants(@Root() engagement: Engagement, @Ctx() ctx: RequestContext): ConsultantRef[] {
    const p = ctx.principal;
    const sees = p.kind === "KEY" && (p.organizationKind === "OPERATOR" || p.organizationId === engagement.partnerId);
    return sees ? engagement.consultantIds.map((id) => ({ id })) : [];
  }

  @FieldResolver(() => CompletionReportView, { nullable: true })
  async completionReport(@Root() engagement: Engagement, @Ctx() ctx: RequestContext): Promise<CompletionReportView | null> {
    const report = await reportLoaders(ctx).ofEngagement.load(engagement.id);
    return report ? toReportView(report) : null;
  }

  @Mutation(() => Engagement, { description: "The holding partner moves a scheduled engagement inside the voucher's validity." })
  async rescheduleEngagement(@Arg("input") input: RescheduleEngagementInput, @Ctx() ctx: RequestContext): Promise<Engagement> {
    const caller = requireRole(ctx.principal, ...PARTNER_ROLES);
    if (!isUuid(input.engagementId)) throw new DomainError("NOT_FOUND", "No such engagement.");
    const found = await engagementForChange(ctx, input.engagementId);
    return ctx.db.transaction(async (manager) => {
      const { voucher, engagement } = await lockForDelivery(manager, ctx, caller, found);
      requireEngagementStatus(engagement.status, "SCHEDULED");
      checkPlannedDates(input.plannedStart, input.plannedEnd, ctx.now, voucher.expiresAt);
      checkPlannedLength(input.plannedStart, input.plannedEnd, voucher.serviceLevelDays, engagement.maxDays);
      await updateCount(manager, `UPDATE "vouchers"."engagements" SET "planned_start" = $2, "planned_end" = $3 WHERE "id" = $1`, [
        engagement.id,
        input.plannedStart,
        input.plannedEnd,
      ]);
      await audit(manager, {
        actor: caller,
        action: "engagement.rescheduled",
        entity: "engagement",
        entityId: engagement.id,
        before: { plannedStart: engagement.plannedStart, plannedEnd: engagement.plannedEnd },
        after: { plannedStart: input.plannedStart, plannedEnd: input.plannedEnd },
        at: ctx.now,
      });
      return { ...engagement, plannedStart: input.plannedStart, plannedEnd: input.plannedEnd };
    });
  }

  @Mutation(() => Engagement, { description: "Delivery starts with qualified consultants of the holding partner." })
  async startEngagement(@Arg("input") input: StartEngagementInput, @Ctx() ctx: RequestContext): Promise<Engagement> {
    const caller = requireRole(ctx.principal, ...PARTNER_ROLES);
    if (!isUuid(input.engagementId)) throw new DomainError("NOT_FOUND", "No such engagement.");
    const consultantIds = [...new Set(input.consultantIds)];
    if (!consultantIds.every(isUuid)) throw new DomainError("CONSULTANT_NOT_QUALIFIED", "A consultant is not this partner's.");
    const found = await engagementForChange(ctx, input.engagementId);
    const precheck = await ctx.db.transaction((manager) => lockForDelivery(manager, ctx, caller, found));
    requireEngagementStatus(precheck.engagement.status, "SCHEDULED");
    checkStart(consultantIds, input.actualStart, ctx.now, precheck.voucher.createdAt);
    await requireDeliveryAllowed(ctx, {
      partnerId: found.partnerId,
      engagementTypeId: found.engagementTypeId,
      consultantIds,
      at: ctx.now,
    });
    return ctx.db.transaction(async (manager) => {
      const { engagement } = await lockForDelivery(manager, ctx, caller, found);
      requireEngagementStatus(engagement.status, "SCHEDULED");
      await updateCount(
        manager,
        `UPDATE "vouchers"."engagements" SET "status" = 'IN_DELIVERY', "consultant_ids" = $2, "actual_start" = $3 WHERE "id" = $1 AND "status" = 'SCHEDULED'`,
        [engagement.id, consultantIds, input.actualStart],
      );
      await audit(manager, {
        actor: caller,
        action: "engagement.started",
        entity: "engagement",
        entityId: engagement.id,
        before: { status: "SCHEDULED" },
        after: { status: "IN_DELIVERY", consultantIds, actualStart: input.actualStart },
        at: ctx.now,
      });
      return { ...engagement, status: "IN_DELIVERY" as const, consultantIds, actualStart: input.actualStart };
    });
  }

  @Mutation(() => Engagement, {
    description: "Records what was delivered: days within the service level, off-site days within the limit.",
  })
  async completeDelivery(@Arg("input") input: CompleteDeliveryInput, @Ctx() ctx: RequestContext): Promise<Engagement> {
    const caller = requireRole(ctx.principal, ...PARTNER_ROLES);
    if (!isUuid(input.engagementId)) throw new DomainError("NOT_FOUND", "No such engagement.");
    const found = await engagementForChange(ctx, input.engagementId);
    return ctx.db.transaction(async (manager) => {
      const { voucher, engagement } = await lockForDelivery(manager, ctx, caller, found);
      requireEngagementStatus(engagement.status, "IN_DELIVERY");
      checkDelivery(
        {
          actualStart: engagement.actualStart ?? input.actualEnd,
          actualEnd: input.actualEnd,
          daysDelivered: input.daysDelivered,
          offsiteDays: input.offsiteDays,
          serviceLevelDays: voucher.serviceLevelDays,
          maxOffsiteDays: ctx.policy.maxOffsiteDays,
        },
        ctx.now,
      );
      await updateCount(
        manager,
        `UPDATE "vouchers"."engagements" SET "status" = 'DELIVERED', "actual_end" = $2, "days_delivered" = $3, "offsite_days" = $4 WHERE "id" = $1 AND "status" = 'IN_DELIVERY'`,
        [engagement.id, input.actualEnd, input.daysDelivered, input.offsiteDays],
      );
      const after = { actualEnd: input.actualEnd, daysDelivered: input.daysDelivered, offsiteDays: input.offsiteDays };
      await audit(manager, {
        actor: caller,
        action: "engagement.delivered",
        entity: "engagement",
        entityId: engagement.id,
        before: { status: "IN_DELIVERY" },
        after: { status: "DELIVERED", ...after },
        at: ctx.now,
      });
      return { ...engagement, status: "DELIVERED" as const, ...after };
    });
  }
}
