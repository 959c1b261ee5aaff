import { isUuid, type RequestContext } from "@psg/shared";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { type PaymentStatus, PaymentStatus as PaymentStatusEnum } from "../enums";
import { VoucherRef } from "../federation/voucher.type";
import { canReadPaymentRequest } from "./payment-request.access";
import { PaymentRequest } from "./payment-request.entity";
import { paymentRequestLoaders } from "./payment-request.loaders";
import { paymentStatusOf } from "./payment-request.rules";

async function latestRequest(voucher: VoucherRef, ctx: RequestContext): Promise<PaymentRequest | null> {
  if (!isUuid(voucher.id)) return null;
  const loaders = paymentRequestLoaders(ctx);
  const line = await loaders.latestLineOf.load(voucher.id);
  return line ? loaders.request.load(line.requestId) : null;
}

/** Voucher fields payments adds: where the voucher stands in payment. */
@Resolver(() => VoucherRef)
export class VoucherPaymentsResolver {
  @FieldResolver(() => PaymentStatusEnum, { nullable: true, description: "Where the voucher stands in payment." })
  async paymentStatus(@Root() voucher: VoucherRef, @Ctx() ctx: RequestContext): Promise<PaymentStatus> {
    return paymentStatusOf((await latestRequest(voucher, ctx))?.status ?? null);
  }

  @FieldResolver(() => PaymentRequest, {
    nullable: true,
    description: "The voucher's latest payment request, if you may see it.",
  })
  async paymentRequest(@Root() voucher: VoucherRef, @Ctx() ctx: RequestContext): Promise<PaymentRequest | null> {
    const request = await latestRequest(voucher, ctx);
    return request && canReadPaymentRequest(ctx.principal, request.partnerId) ? request : null;
  }
}
