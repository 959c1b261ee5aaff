import { type Principal, type RequestContext, requireId, transition } from "@psg/shared";
import type { EntityManager } from "typeorm";
import { setVouchersClaimed } from "../clients/vouchers";
import { paymentRequestMissing, requirePartnerMove, requireReadable } from "./payment-request.access";
import { PaymentRequest } from "./payment-request.entity";
import {
  checkSubmitDeadline,
  checkText,
  checkTransition,
  dueByOf,
  type PaymentAction,
  releasesVouchers,
  TRANSITIONS,
} from "./payment-request.rules";
import { PaymentRequestLine } from "./payment-request-line.entity";

const EVENT_OF: Record<PaymentAction, string> = {
  submit: "payment_request.submitted",
  approve: "payment_request.approved",
  deny: "payment_request.denied",
  pay: "payment_request.paid",
  withdraw: "payment_request.withdrawn",
};

/**
 * Moves one request along its state machine through the shared `transition`: locked, the
 * caller's access checked (payment-request.access.ts), its state checked with the rules' own sentence, changed while still in that state, its
 * vouchers released when the new state releases them, audited and its event recorded, all
 * in one transaction.
 */
function move(
  ctx: RequestContext,
  id: string,
  action: PaymentAction,
  change: (request: PaymentRequest, manager: EntityManager) => Promise<Partial<PaymentRequest>>,
  authorize: (principal: Principal, request: PaymentRequest) => void = requireReadable,
): Promise<PaymentRequest> {
  const { from, to } = TRANSITIONS[action];
  return transition(ctx, {
    entity: PaymentRequest,
    resource: "payment_request",
    id: requireId(id, paymentRequestMissing),
    action,
    from: [from],
    to,
    missing: paymentRequestMissing,
    authorize: (request) => authorize(ctx.principal, request),
    refuse: (_request, status) => checkTransition(status, action) as never,
    change,
    afterMove: async (request, manager) => {
      if (releasesVouchers(request.status)) {
        await manager.update(PaymentRequestLine, { requestId: request.id }, { released: true });
      }
      // a submitted request claims its vouchers and a denial releases them (a draft never
      // claimed them): the vouchers subgraph's claim-deadline list follows, inside this
      // transaction, so a failed call undoes the move
      if (action === "submit" || action === "deny") {
        const lines = await manager.find(PaymentRequestLine, { where: { requestId: request.id } });
        await setVouchersClaimed(
          ctx,
          lines.map((l) => l.voucherId),
          action === "submit",
        );
      }
    },
    auditOf: (before, after) => ({ before: { status: before.status }, after }),
    event: (request) => ({
      type: EVENT_OF[action],
      audiences: [{ kind: "PARTNER", id: request.partnerId }],
      data: {
        id: request.id,
        referenceNumber: request.referenceNumber,
        partnerId: request.partnerId,
        status: request.status,
        totalMinor: String(request.totalMinor),
        currency: request.currency,
      },
    }),
  });
}

export const submit = (ctx: RequestContext, id: string) =>
  move(
    ctx,
    id,
    "submit",
    async (request, manager) => {
      const lines = await manager.find(PaymentRequestLine, { where: { requestId: request.id } });
      checkSubmitDeadline(
        lines.map((l) => l.redeemedAt),
        ctx.now,
        ctx.policy.paymentRequestDeadlineDays,
      );
      return { submittedAt: ctx.now };
    },
    requirePartnerMove,
  );

export const approve = (ctx: RequestContext, id: string) =>
  move(ctx, id, "approve", async () => ({
    approvedAt: ctx.now,
    dueBy: dueByOf(ctx.now, ctx.policy.paymentDueDays),
  }));

/** Denial releases the vouchers, so a corrected request can claim them again. */
export const deny = (ctx: RequestContext, id: string, reason: string) => {
  const denialReason = checkText("reason", reason);
  return move(ctx, id, "deny", async () => ({ deniedAt: ctx.now, denialReason }));
};

export const markPaid = (ctx: RequestContext, id: string, paymentReference: string) => {
  const reference = checkText("paymentReference", paymentReference);
  return move(ctx, id, "pay", async () => ({ paidAt: ctx.now, paymentReference: reference }));
};

/** The partner withdraws its own draft; like a denial, this releases the vouchers. */
export const withdraw = (ctx: RequestContext, id: string) =>
  move(ctx, id, "withdraw", async () => ({ withdrawnAt: ctx.now }), requirePartnerMove);
