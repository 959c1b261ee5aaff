import { PARTNER_ADMINS, type RequestContext } from "@psg/shared";
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { CompletionReportView, SubmitCompletionReportInput } from "../completion-report/completion-report.type";
import { Engagement } from "../engagement/engagement.entity";
import { CompleteDeliveryInput, RescheduleEngagementInput, StartEngagementInput } from "../engagement/engagement.type";
import { Voucher } from "../voucher/voucher.entity";
import { CancelReservationInput, ReserveVoucherInput } from "../voucher/voucher.type";
import { cancelReservation } from "./cancel-reservation";
import { completeDelivery } from "./complete-delivery";
import { redeemVoucher } from "./redeem-voucher";
import { rescheduleEngagement } from "./reschedule-engagement";
import { reserveVoucher } from "./reserve-voucher";
import { startEngagement } from "./start-engagement";
import { submitCompletionReport } from "./submit-completion-report";

/** A voucher's delivery by a partner, from reservation to redemption: each step by the holding partner's admins. */
@Resolver()
export class DeliveryResolver {
  @Authorized(...PARTNER_ADMINS)
  @Mutation(() => Voucher, { description: "Reserves a voucher for an engagement; the first valid reservation wins." })
  reserveVoucher(
    @Arg("input", { description: "The voucher, the partner and the planned engagement." }) input: ReserveVoucherInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Voucher> {
    return reserveVoucher(ctx, input);
  }

  @Authorized(...PARTNER_ADMINS)
  @Mutation(() => Voucher, { description: "The holding partner gives a reservation up before delivery starts." })
  cancelReservation(
    @Arg("input", { description: "The reserved voucher and why the reservation is given up." }) input: CancelReservationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Voucher> {
    return cancelReservation(ctx, input);
  }

  @Authorized(...PARTNER_ADMINS)
  @Mutation(() => Engagement, { description: "The holding partner moves a scheduled engagement inside the voucher's validity." })
  rescheduleEngagement(
    @Arg("input", { description: "The engagement and its new planned dates." }) input: RescheduleEngagementInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Engagement> {
    return rescheduleEngagement(ctx, input);
  }

  @Authorized(...PARTNER_ADMINS)
  @Mutation(() => Engagement, { description: "Delivery starts with qualified consultants of the holding partner." })
  startEngagement(
    @Arg("input", { description: "The engagement, its consultants and the day delivery started." }) input: StartEngagementInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Engagement> {
    return startEngagement(ctx, input);
  }

  @Authorized(...PARTNER_ADMINS)
  @Mutation(() => Engagement, {
    description: "Records what was delivered: days within the service level, off-site days within the limit.",
  })
  completeDelivery(
    @Arg("input", { description: "The engagement and what was delivered." }) input: CompleteDeliveryInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Engagement> {
    return completeDelivery(ctx, input);
  }

  @Authorized(...PARTNER_ADMINS)
  @Mutation(() => CompletionReportView, { description: "Reports a delivered engagement with the customer's deliverable." })
  submitCompletionReport(
    @Arg("input", { description: "The engagement, a summary and the deliverable file." }) input: SubmitCompletionReportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CompletionReportView> {
    return submitCompletionReport(ctx, input);
  }

  @Authorized(...PARTNER_ADMINS)
  @Mutation(() => Voucher, { description: "The holding partner redeems a reported voucher, once, before it expires." })
  redeemVoucher(
    @Arg("voucherId", () => ID, { description: "The voucher to redeem." }) voucherId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Voucher> {
    return redeemVoucher(ctx, voucherId);
  }
}
