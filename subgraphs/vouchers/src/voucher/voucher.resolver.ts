import { DateScalar, PARTNER_ADMINS, paginate, type RequestContext } from "@psg/shared";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Customer } from "../customer/customer.entity";
import { customerLoaders } from "../customer/customer.loaders";
import { OfferingRef } from "../federation/offering.type";
import { PartnerRef } from "../federation/partner.type";
import { cancelVoucher } from "./cancel-voucher";
import { createVoucher } from "./create-voucher";
import { validateVoucher } from "./validate-voucher";
import { ownerOf, scopeVouchers, whereClaimDeadlineBefore, whereStatus } from "./voucher.access";
import { Voucher } from "./voucher.entity";
import { vouchersOf } from "./voucher.loaders";
import { visibleVoucher } from "./voucher.reference";
import { claimDeadlineOf, effectiveStatus } from "./voucher.rules";
import {
  CreateVoucherInput,
  ValidateVoucherInput,
  VoucherConnection,
  VoucherSearchArgs,
  VoucherValidation,
} from "./voucher.type";
import { VoucherStatus } from "./voucher-status";

@Resolver(() => Voucher)
export class VoucherResolver {
  @Authorized()
  @Query(() => Voucher, { nullable: true, description: "A customer sees its vouchers, a partner those it holds." })
  voucher(
    @Arg("id", () => ID, { description: "The voucher's id." }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Voucher | null> {
    return visibleVoucher(ctx, id);
  }

  @Authorized()
  @Query(() => VoucherConnection, { description: "The vouchers the caller may see, oldest first." })
  vouchers(@Args() args: VoucherSearchArgs, @Ctx() ctx: RequestContext) {
    const owner = ownerOf(ctx.principal);
    if (owner && !args.offeringCode && !args.expiringBefore && !args.claimDeadlineBefore) {
      return vouchersOf(ctx, owner.parent, owner.id, args);
    }
    const qb = scopeVouchers(ctx.db.getRepository(Voucher).createQueryBuilder("v"), ctx.principal);
    if (args.status) whereStatus(qb, args.status, ctx.now);
    if (args.offeringCode) qb.andWhere("v.offeringCode = :offeringCode", { offeringCode: args.offeringCode });
    if (args.expiringBefore) qb.andWhere("v.expiresAt < :before", { before: `${args.expiringBefore}T00:00:00Z` });
    if (args.claimDeadlineBefore) whereClaimDeadlineBefore(qb, args.claimDeadlineBefore, ctx.policy.paymentRequestDeadlineDays);
    return paginate(qb, args, "createdAt");
  }

  @FieldResolver(() => VoucherStatus, { description: "As of now: an unused voucher past its expiry reads EXPIRED." })
  status(@Root() voucher: Voucher, @Ctx() ctx: RequestContext): VoucherStatus {
    return effectiveStatus(voucher, ctx.now);
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description:
      "A redeemed voucher's last claim day: a payment request for it must be submitted by then (the payment request deadline after redemption).",
  })
  claimDeadline(@Root() voucher: Voucher, @Ctx() ctx: RequestContext): string | null {
    return voucher.redeemedAt ? claimDeadlineOf(voucher.redeemedAt, ctx.policy.paymentRequestDeadlineDays) : null;
  }

  @FieldResolver(() => Customer, { nullable: true, description: "A partner sees only the customer's name and country." })
  customer(@Root() voucher: Voucher, @Ctx() ctx: RequestContext): Promise<Customer | null> {
    return customerLoaders(ctx).customer.load(voucher.customerId);
  }

  @FieldResolver(() => OfferingRef, { description: "The offering whose planning services the voucher pays for." })
  offering(@Root() voucher: Voucher): OfferingRef {
    return { code: voucher.offeringCode };
  }

  @FieldResolver(() => PartnerRef, { nullable: true, description: "The partner holding the reservation, if any." })
  reservedBy(@Root() voucher: Voucher): PartnerRef | null {
    return voucher.partnerId ? { id: voucher.partnerId } : null;
  }

  @Authorized("BENEFITS_ADMIN")
  @Mutation(() => Voucher, {
    description: "Creates a voucher and assigns it to a project manager; takes the days from the pool.",
  })
  createVoucher(
    @Arg("input", { description: "The voucher to create and its assignee." }) input: CreateVoucherInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Voucher> {
    return createVoucher(ctx, input);
  }

  @Authorized("BENEFITS_ADMIN")
  @Mutation(() => Voucher, { description: "The customer withdraws an assigned voucher; its days go back to the pool." })
  cancelVoucher(
    @Arg("id", () => ID, { description: "The voucher to cancel." }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Voucher> {
    return cancelVoucher(ctx, id);
  }

  @Authorized(...PARTNER_ADMINS)
  @Mutation(() => VoucherValidation, { description: "Checks a voucher number with its assignee's e-mail before reserving it." })
  validateVoucher(
    @Arg("input", { description: "The voucher number and its assignee's e-mail address." }) input: ValidateVoucherInput,
    @Ctx() ctx: RequestContext,
  ): Promise<VoucherValidation> {
    return validateVoucher(ctx, input.number, input.assigneeEmail);
  }
}
