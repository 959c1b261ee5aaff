import { canActFor, DomainError, missing, type Principal, requireId } from "@psg/shared";

export const partnerMissing = missing("Partner");

/**
 * A partner's payments are set up and asked for by the partner itself or an operator (the
 * roles each change needs are declared on its mutation); anyone else is told FORBIDDEN.
 * Returns the partner's id, checked at the edge.
 */
export function requireActingForPartner(principal: Principal, partnerId: string): string {
  if (!canActFor(principal, "PARTNER", partnerId)) throw new DomainError("FORBIDDEN", "This belongs to another organisation.");
  return requireId(partnerId, partnerMissing);
}
