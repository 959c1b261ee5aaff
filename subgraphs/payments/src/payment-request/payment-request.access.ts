import { canActFor, isUuid, type KeyPrincipal, notFound, type Principal, requireOwnOrganization } from "@psg/shared";
import type { SelectQueryBuilder } from "typeorm";
import type { PaymentRequest } from "./payment-request.entity";

/** A payment request is seen by operators and by the partner that made it. */
export const canReadPaymentRequest = (principal: Principal, partnerId: string): boolean =>
  isUuid(partnerId) && canActFor(principal, "PARTNER", partnerId);

/** A partner's payments are set up and asked for by its GLOBAL_ADMIN or BILLING_ADMIN (or an operator). */
export function requirePartnerRole(principal: Principal, partnerId: string, ...roles: ("GLOBAL_ADMIN" | "BILLING_ADMIN")[]) {
  const caller: KeyPrincipal = requireOwnOrganization(principal, "PARTNER", partnerId, ...roles);
  if (!isUuid(partnerId)) notFound("Partner");
  return caller;
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
