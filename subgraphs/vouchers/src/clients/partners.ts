import {
  DELIVERY_CHECKS,
  type DeliveryCheckInput,
  type DeliveryCheckResult,
  DomainError,
  type InternalOffering,
  isKnownCode,
  OFFERINGS,
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
