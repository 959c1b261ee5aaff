import { DomainError, missing, type Principal } from "@psg/shared";
import type { Engagement } from "./engagement.entity";

/** The answer for an engagement id that names nothing the caller may see. */
export const noSuchEngagement = missing("Engagement");

/** A customer sees the engagements of its vouchers; a partner its own while they stand; operators all. */
export function canSeeEngagement(p: Principal, e: Pick<Engagement, "customerId" | "partnerId" | "status">): boolean {
  if (p.kind !== "KEY") return false;
  if (p.organizationKind === "OPERATOR") return true;
  if (p.organizationKind === "CUSTOMER") return p.organizationId === e.customerId;
  return p.organizationId === e.partnerId && e.status !== "CANCELLED";
}

/** Who delivers is the delivering partner's business: it and operators see the consultants. */
export function canSeeConsultants(p: Principal, e: Pick<Engagement, "partnerId">): boolean {
  return p.kind === "KEY" && (p.organizationKind === "OPERATOR" || p.organizationId === e.partnerId);
}

/** Only the partner holding a voucher acts on it; another partner is told FORBIDDEN. */
export function requireHolder(holderId: string | null, partnerId: string | null, isOperator: boolean): void {
  if (isOperator) return;
  if (holderId === null || holderId !== partnerId) {
    throw new DomainError("FORBIDDEN", "Only the partner holding the voucher may do this.");
  }
}

/** `requireHolder` for the calling key. */
export function requireHoldingPartner(p: Principal, holderId: string | null): void {
  const partnerId = p.kind === "KEY" ? p.organizationId : null;
  requireHolder(holderId, partnerId, p.kind === "KEY" && p.organizationKind === "OPERATOR");
}
