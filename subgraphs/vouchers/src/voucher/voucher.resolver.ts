import { randomBytes } from "node:crypto";
import {
  audit,
  DomainError,
  isUuid,
  pageArgsOf,
  paginate,
  type RequestContext,
  requireKey,
  requireOwnOrganization,
  requireRole,
} from "@psg/shared";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Not } from "typeorm";
import { Benefit } from "../customer/benefit.entity";
import { Customer } from "../customer/customer.entity";
import { customerLoaders } from "../customer/customer.loaders";
import { Engagement } from "../engagement/engagement.entity";
import { checkRedeemable, requireHolder } from "../engagement/engagement.rules";
import { OfferingRef } from "../federation/offering.stub";
import { fetchOffering } from "../federation/partners.client";
import { PartnerRef } from "../partner/partner.type";
import { canSeeVoucher, ownerOf, scopeVouchers, whereStatus } from "./voucher.access";
import { Voucher } from "./voucher.entity";
import { persistExpiries } from "./voucher.expiry";
import { voucherLoaders } from "./voucher.loaders";
import {
  checkNewVoucher,
  effectiveStatus,
  formatVoucherNumber,
  normalizeEmail,
  requireVoucherStatus,
  VOUCHER_NUMBER_BYTES,
  voucherExpiresAt,
} from "./voucher.rules";
import { catchUpExpiry, lockVoucher, updateCount } from "./voucher.store";
import { CreateVoucherInput, VoucherConnection, VoucherSearchArgs } from "./voucher.type";
import { VoucherStatus } from "./voucher-status";

const PARTNER_ROLES = ["GLOBAL_ADMIN", "PARTNER_ADMIN"] as const;

@Resolver(() => Voucher)
export class VoucherResolver {
  @Query(() => Voucher, { nullable: true, description: "A customer sees its vouchers, a partner those it holds." })
  async voucher(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Voucher | null> {
    requireKey(ctx.principal);
    if (!isUuid(id)) return null;
    const voucher = await voucherLoaders(ctx).voucher.load(id);
    return voucher && canSeeVoucher(ctx.principal, voucher) ? voucher : null;
  }

  @Query(() => VoucherConnection, { description: "The vouchers the caller may see, oldest first." })
  async vouchers(@Args() args: VoucherSearchArgs, @Ctx() ctx: RequestContext) {
    requireKey(ctx.principal);
    const owner = ownerOf(ctx.principal);
    if (owner && !args.offeringCode && !args.expiringBefore) {
      return voucherLoaders(ctx)
        .ofParent(owner.parent, args.status ?? null)
        .load({ parentId: owner.id, ...pageArgsOf(args) });
    }
    const qb = scopeVouchers(ctx.db.getRepository(Voucher).createQueryBuilder("v"), ctx.principal);
    if (args.status) whereStatus(qb, args.status, ctx.now);
    if (args.offeringCode) qb.andWhere("v.offeringCode = :offeringCode", { offeringCode: args.offeringCode });
    if (args.expiringBefore) qb.andWhere("v.expiresAt < :before", { before: `${args.expiringBefore}T00:00:00Z` });
    return paginate(qb, args, "createdAt");
  }

  @FieldResolver(() => VoucherStatus, { description: "As of now: an unused voucher past its expiry reads EXPIRED." })
  status(@Root() voucher: Voucher, @Ctx() ctx: RequestContext): VoucherStatus {
    return effectiveStatus(voucher, ctx.now);
  }

  @FieldResolver(() => Customer, { nullable: true, description: "A partner sees only the customer's name and country." })
  customer(@Root() voucher: Voucher, @Ctx() ctx: RequestContext): Promise<Customer | null> {
    return customerLoaders(ctx).customer.load(voucher.customerId);
  }

  @FieldResolver(() => OfferingRef)
  offering(@Root() voucher: Voucher): OfferingRef {
    return { code: voucher.offeringCode };
  }

  @FieldResolver(() => PartnerRef, { nullable: true })
  reservedBy(@Root() voucher: Voucher): PartnerRef | null {
    return voucher.partnerId ? { id: voucher.partnerId } : null;
  }

  @FieldResolver(() => Engagement, { nullable: true, description: "The reservation's engagement, if the voucher is reserved." })
  engagement(@Root() voucher: Voucher, @Ctx() ctx: RequestContext): Promise<Engagement | null> {
    return voucherLoaders(ctx).activeEngagement.load(voucher.id);
  }

  @Mutation(() => Voucher, {
    description: "Creates a voucher and assigns it to a project manager; takes the days from the pool.",
  })
  async createVoucher(@Arg("input") input: CreateVoucherInput, @Ctx() ctx: RequestContext): Promise<Voucher> {
    requireRole(ctx.principal, "BENEFITS_ADMIN");
    if (!isUuid(input.customerId)) throw new DomainError("NOT_FOUND", "No such customer.");
    const caller = requireOwnOrganization(ctx.principal, "CUSTOMER", input.customerId, "BENEFITS_ADMIN");
    await persistExpiries(ctx.db, ctx.now, { customerIds: [input.customerId] });
    const benefit = await ctx.db.getRepository(Benefit).findOneBy({ customerId: input.customerId });
    if (!benefit) throw new DomainError("NOT_FOUND", "No such customer.");
    const offering = await fetchOffering(ctx, input.offeringCode);
    checkNewVoucher({ benefitStatus: benefit.status, remainingDays: benefit.remainingDays, offering, ...input });
    return ctx.db.transaction(async (manager) => {
      const taken = await updateCount(
        manager,
        `UPDATE "vouchers"."benefits" SET "remaining_days" = "remaining_days" - $2
         WHERE "customer_id" = $1 AND "status" = 'ACTIVATED' AND "remaining_days" >= $2`,
        [input.customerId, input.serviceLevelDays],
      );
      if (taken !== 1) throw new DomainError("INSUFFICIENT_DAYS", "The pool no longer has enough days for this voucher.");
      const voucher = await manager.save(
        manager.create(Voucher, {
          number: formatVoucherNumber(randomBytes(VOUCHER_NUMBER_BYTES)),
          customerId: input.customerId,
          offeringCode: input.offeringCode,
          serviceLevelDays: input.serviceLevelDays,
          assigneeName: input.assigneeName.trim(),
          assigneeEmail: normalizeEmail(input.assigneeEmail),
          status: "ASSIGNED",
          createdAt: ctx.now,
          expiresAt: voucherExpiresAt(ctx.now, ctx.policy.voucherLifetimeDays),
          partnerId: null,
          reservedAt: null,
          redeemedAt: null,
          daysReturned: 0,
        }),
      );
      await audit(manager, {
        actor: caller,
        action: "voucher.created",
        entity: "voucher",
        entityId: voucher.id,
        after: { ...voucher, number: undefined },
        at: ctx.now,
      });
      return voucher;
    });
  }

  @Mutation(() => Voucher, { description: "The customer withdraws an assigned voucher; its days go back to the pool." })
  async cancelVoucher(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Voucher> {
    const caller = requireRole(ctx.principal, "BENEFITS_ADMIN");
    if (!isUuid(id)) throw new DomainError("VOUCHER_NOT_FOUND", "No such voucher.");
    await catchUpExpiry(ctx, [id]);
    return ctx.db.transaction(async (manager) => {
      const voucher = await lockVoucher(manager, id);
      if (!canSeeVoucher(caller, voucher)) throw new DomainError("VOUCHER_NOT_FOUND", "No such voucher.");
      requireVoucherStatus(effectiveStatus(voucher, ctx.now), "ASSIGNED");
      await updateCount(
        manager,
        `UPDATE "vouchers"."vouchers" SET "status" = 'CANCELLED' WHERE "id" = $1 AND "status" = 'ASSIGNED'`,
        [id],
      );
      await updateCount(
        manager,
        `UPDATE "vouchers"."benefits" SET "remaining_days" = "remaining_days" + $2 WHERE "customer_id" = $1`,
        [voucher.customerId, voucher.serviceLevelDays],
      );
      await audit(manager, {
        actor: caller,
        action: "voucher.cancelled",
        entity: "voucher",
        entityId: id,
        before: { status: "ASSIGNED" },
        after: { status: "CANCELLED", daysReturned: voucher.serviceLevelDays },
        at: ctx.now,
      });
      return { ...voucher, status: "CANCELLED" as const };
    });
  }

  @Mutation(() => Voucher, { description: "The holding partner redeems a reported voucher, once, before it expires." })
  async redeemVoucher(@Arg("voucherId", () => ID) voucherId: string, @Ctx() ctx: RequestContext): Promise<Voucher> {
    const caller = requireRole(ctx.principal, ...PARTNER_ROLES);
    if (!isUuid(voucherId)) throw new DomainError("VOUCHER_NOT_FOUND", "No such voucher.");
    await catchUpExpiry(ctx, [voucherId]);
    return ctx.db.transaction(async (manager) => {
      const voucher = await lockVoucher(manager, voucherId);
      requireHolder(voucher.partnerId, caller.organizationId, caller.organizationKind === "OPERATOR");
      requireVoucherStatus(effectiveStatus(voucher, ctx.now), "RESERVED");
      const engagement = await manager.findOneBy(Engagement, { voucherId, status: Not("CANCELLED") });
      checkRedeemable(engagement?.status ?? null);
      await updateCount(
        manager,
        `UPDATE "vouchers"."vouchers" SET "status" = 'REDEEMED', "redeemed_at" = $2 WHERE "id" = $1 AND "status" = 'RESERVED'`,
        [voucherId, ctx.now],
      );
      await audit(manager, {
        actor: caller,
        action: "voucher.redeemed",
        entity: "voucher",
        entityId: voucherId,
        before: { status: "RESERVED" },
        after: { status: "REDEEMED", engagementId: engagement?.id, locationId: engagement?.locationId },
        at: ctx.now,
      });
      return { ...voucher, status: "REDEEMED" as const, redeemedAt: ctx.now };
    });
  }
}
