import { DomainError, type ErrorCode, isKnownCode, type RequestContext } from "@psg/shared";

export interface DeliveryCheckInput {
  partnerId: string;
  engagementTypeId: string;
  offeringCode?: string;
  locationId?: string;
  country?: string;
  consultantIds?: string[];
  at: Date;
}

export interface DeliveryCheckResult {
  code: string | null;
  message: string | null;
  offeringCode: string | null;
  maxDays: number | null;
  allowedServiceLevels: number[] | null;
}

export interface InternalOffering {
  code: string;
  status: string;
  allowedServiceLevels: number[];
}

const DELIVERY_CHECKS = `query ($inputs: [DeliveryCheckInput!]!) {
  _deliveryChecks(inputs: $inputs) { code message offeringCode maxDays allowedServiceLevels }
}`;

const OFFERINGS = `query ($codes: [String!]!) { _offerings(codes: $codes) { code status allowedServiceLevels } }`;

/** Asks the partners subgraph, in one call, whether a partner may deliver an engagement; the first failing rule is thrown. */
export async function requireDeliveryAllowed(ctx: RequestContext, input: DeliveryCheckInput): Promise<DeliveryCheckResult> {
  const data = await ctx.services.query<{ _deliveryChecks: DeliveryCheckResult[] }>("partners", DELIVERY_CHECKS, {
    inputs: [{ ...input, at: input.at.toISOString() }],
  });
  const result = data._deliveryChecks[0];
  if (!result) throw new DomainError("SERVICE_UNAVAILABLE", "The partners service gave no answer; nothing was changed.");
  if (result.code !== null) {
    const code: ErrorCode = isKnownCode(result.code) ? result.code : "FORBIDDEN";
    throw new DomainError(code, result.message ?? "The partner may not deliver this engagement.");
  }
  return result;
}

/** The partners subgraph's catalog facts about one offering (null when unknown). */
export async function fetchOffering(ctx: RequestContext, code: string): Promise<InternalOffering | null> {
  const data = await ctx.services.query<{ _offerings: (InternalOffering | null)[] }>("partners", OFFERINGS, { codes: [code] });
  return data._offerings[0] ?? null;
}
