import { canActFor, DomainError, type Principal } from "@psg/shared";

/** A partner's vouchers and engagements are seen by the partner itself and operators. */
export function requirePartnerView(p: Principal, partnerId: string): void {
  if (!canActFor(p, "PARTNER", partnerId)) {
    throw new DomainError("FORBIDDEN", "Only the partner itself and operators see its vouchers and engagements.");
  }
}
