import { canActFor, DomainError, missing, type Principal, type RequestContext, requireId } from "@psg/shared";
import type { Partner } from "./partner.entity";
import { partnerLoaders } from "./partner.loaders";

export const partnerMissing = missing("Partner");

/** Any key of the partner, operators and this deployment's services see a partner's details; others only its name. */
export const canSeePartnerDetails = (p: Principal, partnerId: string): boolean =>
  p.kind === "SERVICE" || canActFor(p, "PARTNER", partnerId);

/** Fields only the partner itself and operators may read. */
export function requirePartnerDetails(p: Principal, partnerId: string): void {
  if (!canSeePartnerDetails(p, partnerId)) {
    throw new DomainError("FORBIDDEN", "Only the partner itself and program operators may see this.");
  }
}

/** A partner's own keys act for it; operators for every partner. Anyone else is told FORBIDDEN. */
export function requireActingFor(p: Principal, partnerId: string): void {
  if (!canActFor(p, "PARTNER", partnerId)) throw new DomainError("FORBIDDEN", "This belongs to another organisation.");
}

/**
 * The partner a change is for, after checking the caller acts for it (the roles it needs are
 * declared on the mutation). An unknown partner is NOT_FOUND.
 */
export async function partnerForChange(ctx: RequestContext, partnerId: string): Promise<Partner> {
  requireActingFor(ctx.principal, partnerId);
  return (await partnerLoaders(ctx).partner.load(requireId(partnerId, partnerMissing))) ?? partnerMissing();
}
