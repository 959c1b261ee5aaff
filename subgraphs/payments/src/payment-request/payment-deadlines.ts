import { addDays, type RequestContext, recordDeadlineEvent } from "@psg/shared";
import { In } from "typeorm";
import { redeemedVouchers } from "../clients/vouchers";
import { PaymentRequest } from "./payment-request.entity";
import { PaymentRequestLine } from "./payment-request-line.entity";

/** `payment_request.claim_deadline_approaching` fires this many days before a redeemed voucher's claim deadline. */
export const CLAIM_WARNING_DAYS = 7;

/** Requests in these states claim their vouchers; a draft does not meet the deadline. */
const CLAIMING = ["SUBMITTED", "APPROVED", "PAID"] as const;

/**
 * Payments' time-driven events at `now`, once each: `payment_request.overdue` for an approved
 * request unpaid past its due date, and `payment_request.claim_deadline_approaching` for a
 * redeemed voucher no submitted request claims, 7 days before its claim deadline
 * (PAYMENT_REQUEST_DEADLINE_DAYS after redemption). The number recorded.
 */
export async function recordPaymentDeadlines(ctx: RequestContext, now: Date): Promise<number> {
  let recorded = 0;
  const overdue = await ctx.db
    .getRepository(PaymentRequest)
    .createQueryBuilder("r")
    .where("r.status = 'APPROVED' AND r.dueBy < :now", { now })
    .getMany();
  for (const request of overdue) {
    const fired = await ctx.db.transaction((tx) =>
      recordDeadlineEvent(
        tx,
        "payment_request.overdue",
        {
          type: "payment_request.overdue",
          subjectType: "payment_request",
          subjectId: request.id,
          audiences: [{ kind: "PARTNER", id: request.partnerId }],
          data: {
            id: request.id,
            referenceNumber: request.referenceNumber,
            partnerId: request.partnerId,
            status: request.status,
            totalMinor: String(request.totalMinor),
            currency: request.currency,
            dueBy: request.dueBy?.toISOString() ?? null,
          },
        },
        now,
      ),
    );
    if (fired) recorded += 1;
  }

  const deadlineDays = ctx.policy.paymentRequestDeadlineDays;
  const nearing = await redeemedVouchers(ctx, addDays(now, -deadlineDays), addDays(now, CLAIM_WARNING_DAYS - deadlineDays));
  if (nearing.length === 0) return recorded;
  const claimed = await ctx.db
    .getRepository(PaymentRequestLine)
    .createQueryBuilder("l")
    .innerJoin(PaymentRequest, "r", "r.id = l.requestId")
    .where({ voucherId: In(nearing.map((v) => v.id)), released: false })
    .andWhere("r.status IN (:...claiming)", { claiming: CLAIMING })
    .getMany();
  const claimedIds = new Set(claimed.map((l) => l.voucherId));
  for (const voucher of nearing.filter((v) => !claimedIds.has(v.id))) {
    const deadline = addDays(new Date(voucher.redeemedAt), deadlineDays);
    const fired = await ctx.db.transaction((tx) =>
      recordDeadlineEvent(
        tx,
        "payment_request.claim_deadline_approaching",
        {
          type: "payment_request.claim_deadline_approaching",
          subjectType: "voucher",
          subjectId: voucher.id,
          audiences: [{ kind: "PARTNER", id: voucher.partnerId }],
          data: {
            voucherId: voucher.id,
            partnerId: voucher.partnerId,
            redeemedAt: voucher.redeemedAt,
            claimDeadline: deadline.toISOString(),
            daysBefore: CLAIM_WARNING_DAYS,
          },
        },
        now,
      ),
    );
    if (fired) recorded += 1;
  }
  return recorded;
}
