import { canActFor, isUuid, type KeyPrincipal, notFound, type Principal, requireOwnOrganization } from "@psg/shared";

/** A payment request is seen by operators and by the partner that made it. */
export const canReadPaymentRequest = (principal: Principal, partnerId: string): boolean =>
  isUuid(partnerId) && canActFor(principal, "PARTNER", partnerId);

/** A partner's payments are set up and asked for by its GLOBAL_ADMIN or BILLING_ADMIN (or an operator). */
export function requirePartnerRole(principal: Principal, partnerId: string, ...roles: ("GLOBAL_ADMIN" | "BILLING_ADMIN")[]) {
  const caller: KeyPrincipal = requireOwnOrganization(principal, "PARTNER", partnerId, ...roles);
  if (!isUuid(partnerId)) notFound("Partner");
  return caller;
}
