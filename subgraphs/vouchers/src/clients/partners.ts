import {
  DELIVERY_CHECKS,
  type DeliveryCheckInput,
  type DeliveryCheckResult,
  DomainError,
  type InternalOffering,
  isKnownCode,
  OFFERINGS,
  PARTNERS_BY_MPN_ID,
  type RequestContext,
} from "@psg/shared";

/**
 * Asks the partners subgraph, in one call, whether a partner may deliver an engagement
 * (partners' delivery checks); the first failing rule is thrown with its own code.
 */
export async function requireDeliveryAllowed(ctx: RequestContext, input: DeliveryCheckInput): Promise<DeliveryCheckResult> {
  const { _deliveryChecks } = await ctx.services.ask(DELIVERY_CHECKS, { inputs: [input] });
  const verdict = _deliveryChecks[0];
  if (!verdict) throw new DomainError("SERVICE_UNAVAILABLE", "The partners service gave no answer; nothing was changed.");
  if (verdict.code !== null) {
    throw new DomainError(
      isKnownCode(verdict.code) ? verdict.code : "FORBIDDEN",
      verdict.message ?? "The partner may not deliver this engagement.",
    );
  }
  return verdict;
}

/** The partners subgraph's catalog facts about one offering (null when unknown). */
export async function fetchOffering(ctx: RequestContext, code: string): Promise<InternalOffering | null> {
  return (await ctx.services.ask(OFFERINGS, { codes: [code] }))._offerings[0] ?? null;
}

/** The partner with this Microsoft Partner Network id, asked of the partners subgraph; NOT_FOUND when none. */
export async function requirePartnerByMpnId(ctx: RequestContext, mpnId: string): Promise<{ id: string; mpnId: string }> {
  const trimmed = mpnId.trim();
  if (!/^\d{4,20}$/.test(trimmed)) throw new DomainError("BAD_USER_INPUT", "partnerMpnId must be 4 to 20 digits.");
  const partner = (await ctx.services.ask(PARTNERS_BY_MPN_ID, { mpnIds: [trimmed] }))._partnersByMpnId[0] ?? null;
  if (!partner) throw new DomainError("NOT_FOUND", `No partner has the MPN id ${trimmed}.`);
  return partner;
}
