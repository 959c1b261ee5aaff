import { audit, DomainError, isUuid, notFound, type RequestContext } from "@psg/shared";
import type { EntityManager } from "typeorm";
import { canReadPaymentRequest, requirePartnerRole } from "./payment-request.access";
import { PaymentRequest } from "./payment-request.entity";
import {
  checkSubmitDeadline,
  checkText,
  checkTransition,
  dueByOf,
  type PaymentAction,
  releasesVouchers,
} from "./payment-request.rules";
import { PaymentRequestLine } from "./payment-request-line.entity";

/**
 * Moves one request along its state machine: the row is locked, the move checked against
 * its current state, changed only while still in that state (a conditional update whose
 * affected rows are checked), its vouchers released when the new state releases them,
 * and audited, all in one transaction.
 */
async function transition(
  ctx: RequestContext,
  id: string,
  action: PaymentAction,
  change: (request: PaymentRequest, manager: EntityManager) => Promise<Partial<PaymentRequest>>,
  authorize: (request: PaymentRequest) => void = () => undefined,
): Promise<PaymentRequest> {
  if (!isUuid(id)) notFound("Payment request");
  return ctx.db.transaction(async (manager) => {
    const before = await manager.findOne(PaymentRequest, { where: { id }, lock: { mode: "pessimistic_write" } });
    if (!before || !canReadPaymentRequest(ctx.principal, before.partnerId)) return notFound("Payment request");
    authorize(before);
    const status = checkTransition(before.status, action);
    const changes = { ...(await change(before, manager)), status };
    const moved = await manager.update(PaymentRequest, { id, status: before.status }, changes);
    if (moved.affected !== 1) {
      throw new DomainError("INVALID_STATE", `This payment request is no longer ${before.status}.`);
    }
    if (releasesVouchers(status)) {
      await manager.update(PaymentRequestLine, { requestId: id }, { released: true });
    }
    const after = manager.create(PaymentRequest, { ...before, ...changes });
    await audit(manager, {
      actor: ctx.principal,
      action: `payment_request.${action}`,
      entity: "payment_request",
      entityId: id,
      before: { status: before.status },
      after,
      at: ctx.now,
    });
    return after;
  });
}

export const submit = (ctx: RequestContext, id: string) =>
  transition(
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
    (request) => requirePartnerRole(ctx.principal, request.partnerId, "GLOBAL_ADMIN", "BILLING_ADMIN"),
  );

export const approve = (ctx: RequestContext, id: string) =>
  transition(ctx, id, "approve", async () => ({
    approvedAt: ctx.now,
    dueBy: dueByOf(ctx.now, ctx.policy.paymentDueDays),
  }));

/** Denial releases the vouchers, so a corrected request can claim them again. */
export const deny = (ctx: RequestContext, id: string, reason: string) => {
  const denialReason = checkText("reason", reason);
  return transition(ctx, id, "deny", async () => ({ deniedAt: ctx.now, denialReason }));
};

export const markPaid = (ctx: RequestContext, id: string, paymentReference: string) => {
  const reference = checkText("paymentReference", paymentReference);
  return transition(ctx, id, "pay", async () => ({ paidAt: ctx.now, paymentReference: reference }));
};

/** The partner withdraws its own draft; like a denial, this releases the vouchers. */
export const withdraw = (ctx: RequestContext, id: string) =>
  transition(
    ctx,
    id,
    "withdraw",
    async () => ({ withdrawnAt: ctx.now }),
    (request) => requirePartnerRole(ctx.principal, request.partnerId, "GLOBAL_ADMIN", "BILLING_ADMIN"),
  );
