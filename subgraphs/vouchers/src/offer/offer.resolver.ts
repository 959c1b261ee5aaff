import { CUSTOMER_ROLES, type RequestContext } from "@psg/shared";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import { Customer } from "../customer/customer.entity";
import { customerLoaders } from "../customer/customer.loaders";
import { OfferingRef } from "../federation/offering.type";
import { PartnerRef } from "../federation/partner.type";
import { Voucher } from "../voucher/voucher.entity";
import { voucherLoaders } from "../voucher/voucher.loaders";
import { VoucherOffer } from "../voucher/voucher-offer.entity";
import { offerStatusAt } from "../voucher/voucher-offer.rules";
import { OfferStatus } from "../voucher/voucher-offer-status";
import { OfferVoucherInput } from "./offer.type";
import { offerVoucher } from "./offer-voucher";
import { withdrawOffer } from "./withdraw-offer";

/** The offered voucher itself, read once per request for all offers of a page. */
const voucherOf = async (offer: VoucherOffer, ctx: RequestContext): Promise<Voucher> =>
  (await voucherLoaders(ctx).voucher.load(offer.voucherId)) as Voucher;

const customerOf = async (offer: VoucherOffer, ctx: RequestContext): Promise<Customer> =>
  (await customerLoaders(ctx).customer.load(offer.customerId)) as Customer;

/**
 * Offers: a customer hands a voucher to a partner directly, so no e-mail carries the number.
 * An offer shows the partner only what it needs to reserve: number, offering, service level,
 * expiry, and the customer's name and country.
 */
@Resolver(() => VoucherOffer)
export class OfferResolver {
  @Authorized(...CUSTOMER_ROLES)
  @Mutation(() => VoucherOffer, {
    description:
      "Offers an assigned, unexpired voucher of the caller's customer to a partner, who may then reserve it by id. One open offer per voucher (VOUCHER_ALREADY_OFFERED).",
  })
  offerVoucher(
    @Arg("input", { description: "The voucher and the partner's MPN id." }) input: OfferVoucherInput,
    @Ctx() ctx: RequestContext,
  ): Promise<VoucherOffer> {
    return offerVoucher(ctx, input);
  }

  @Authorized(...CUSTOMER_ROLES)
  @Mutation(() => VoucherOffer, {
    description: "Withdraws the open offer of a voucher; VOUCHER_NOT_OFFERED when none is open.",
  })
  withdrawOffer(
    @Arg("voucherId", () => ID, { description: "The offered voucher." }) voucherId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<VoucherOffer> {
    return withdrawOffer(ctx, voucherId);
  }

  @FieldResolver(() => OfferStatus, { description: "As of now: an open offer of a voucher past its expiry reads EXPIRED." })
  status(@Root() offer: VoucherOffer, @Ctx() ctx: RequestContext): OfferStatus {
    return offerStatusAt(offer, ctx.now);
  }

  @FieldResolver(() => PartnerRef, { description: "The partner the voucher is offered to." })
  partner(@Root() offer: VoucherOffer): PartnerRef {
    return { id: offer.partnerId };
  }

  @FieldResolver(() => String, { description: "The voucher's number." })
  async number(@Root() offer: VoucherOffer, @Ctx() ctx: RequestContext): Promise<string> {
    return (await voucherOf(offer, ctx)).number;
  }

  @FieldResolver(() => OfferingRef, { description: "The offering whose planning services the voucher pays for." })
  async offering(@Root() offer: VoucherOffer, @Ctx() ctx: RequestContext): Promise<OfferingRef> {
    return { code: (await voucherOf(offer, ctx)).offeringCode };
  }

  @FieldResolver(() => Int, { description: "The voucher's planning-service days." })
  async serviceLevelDays(@Root() offer: VoucherOffer, @Ctx() ctx: RequestContext): Promise<number> {
    return (await voucherOf(offer, ctx)).serviceLevelDays;
  }

  @FieldResolver(() => String, { description: "The offering customer's name." })
  async customerName(@Root() offer: VoucherOffer, @Ctx() ctx: RequestContext): Promise<string> {
    return (await customerOf(offer, ctx)).name;
  }

  @FieldResolver(() => String, {
    description: "The offering customer's country (ISO 3166-1 alpha-2), the default delivery country.",
  })
  async customerCountry(@Root() offer: VoucherOffer, @Ctx() ctx: RequestContext): Promise<string> {
    return (await customerOf(offer, ctx)).country;
  }
}
