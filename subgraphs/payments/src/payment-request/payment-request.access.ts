import {
  canActFor,
  DomainError,
  idOrNull,
  isUuid,
  type KeyPrincipal,
  missing,
  PARTNER_BILLING,
  type Principal,
  type RequestContext,
  requireRole,
} from "@psg/shared";
import type { SelectQueryBuilder } from "typeorm";
import type { PaymentRequest } from "./payment-request.entity";
import { paymentRequestLoaders } from "./payment-request.loaders";

export const paymentRequestMissing = missing("Payment request");

/** A payment request is seen by operators and by the partner that made it. */
export const canReadPaymentRequest = (principal: Principal, partnerId: string): boolean =>
  isUuid(partnerId) && canActFor(principal, "PARTNER", partnerId);

/** The request, when the caller may see it; null otherwise (queries and references alike). */
export async function visiblePaymentRequest(ctx: RequestContext, id: string): Promise<PaymentRequest | null> {
  const known = idOrNull(id);
  const request = known ? await paymentRequestLoaders(ctx).request.load(known) : null;
  return request && canReadPaymentRequest(ctx.principal, request.partnerId) ? request : null;
}

/** A request the caller may not see does not exist for it. */
export function requireReadable(principal: Principal, request: Pick<PaymentRequest, "partnerId">): void {
  if (!canReadPaymentRequest(principal, request.partnerId)) paymentRequestMissing();
}

/**
 * The partner's own moves of its request (submit, withdraw): whoever may see the request, if
 * they hold GLOBAL_ADMIN or BILLING_ADMIN (operators always may). Operator-only moves are
 * declared on their mutations instead.
 */
export function requirePartnerMove(principal: Principal, request: Pick<PaymentRequest, "partnerId">): void {
  requireReadable(principal, request);
  requireRole(principal, ...PARTNER_BILLING);
}

/**
 * Which partner's requests a list shows: an operator any partner's (or all, with no filter);
 * a partner only its own, whatever it asks for.
 */
export function listedPartnerOf(caller: KeyPrincipal, asked: string | null): string | null {
  if (caller.organizationKind === "OPERATOR") return asked;
  if (caller.organizationKind !== "PARTNER" || (asked !== null && asked !== caller.organizationId)) {
    throw new DomainError("FORBIDDEN", "A partner sees only its own payment requests.");
  }
  return caller.organizationId;
}

/**
 * Requests that are overdue at `now` (approved, unpaid past their due date: isOverdue), or,
 * with `overdue` false, those that are not; read from the approved requests' index.
 */
export function whereOverdue(
  qb: SelectQueryBuilder<PaymentRequest>,
  overdue: boolean,
  now: Date,
): SelectQueryBuilder<PaymentRequest> {
  const condition = `${qb.alias}.status = 'APPROVED' AND ${qb.alias}.dueBy IS NOT NULL AND ${qb.alias}.dueBy < :overdueAt`;
  return qb.andWhere(overdue ? condition : `NOT (${condition})`, { overdueAt: now });
}
