import type { ErrorCode } from "../errors";
import type { KeyPrincipal } from "../principal";
import { internalQuery, selectionOf } from "./internal-query";

/** What the partners subgraph answers to other services: served there, imported by callers. */

/** May this partner deliver this engagement type, under this location, in this country, with these consultants, then? */
export interface DeliveryCheckInput {
  partnerId: string;
  engagementTypeId: string;
  /** The offering the engagement type must belong to. */
  offeringCode?: string | null;
  locationId?: string | null;
  country?: string | null;
  consultantIds?: string[] | null;
  at: Date;
}

/** A null code means allowed; otherwise the first failing rule. The type's facts come along. */
export interface DeliveryCheckResult {
  code: ErrorCode | null;
  message: string | null;
  offeringCode: string | null;
  maxDays: number | null;
  allowedServiceLevels: number[] | null;
}

export interface DeliveryChecksVariables {
  inputs: DeliveryCheckInput[];
}
export interface DeliveryChecksResult {
  _deliveryChecks: DeliveryCheckResult[];
}
export const DELIVERY_CHECKS = internalQuery<DeliveryChecksVariables, DeliveryChecksResult>(
  "partners",
  `query ($inputs: [DeliveryCheckInput!]!) {
  _deliveryChecks(inputs: $inputs) { ${selectionOf<DeliveryCheckResult>({
    code: true,
    message: true,
    offeringCode: true,
    maxDays: true,
    allowedServiceLevels: true,
  })} }
}`,
);

/** An offering as services see it. */
export interface InternalOffering {
  code: string;
  status: "ACTIVE" | "RETIRED";
  /** Sorted union over the offering's active engagement types. */
  allowedServiceLevels: number[];
}

export interface OfferingsVariables {
  codes: string[];
}
export interface OfferingsResult {
  /** One per code, in order; null for an unknown code. */
  _offerings: (InternalOffering | null)[];
}
export const OFFERINGS = internalQuery<OfferingsVariables, OfferingsResult>(
  "partners",
  `query ($codes: [String!]!) {
  _offerings(codes: $codes) { ${selectionOf<InternalOffering>({ code: true, status: true, allowedServiceLevels: true })} }
}`,
);

/** A partner location as services see it. */
export interface InternalPartnerLocation {
  id: string;
  partnerId: string;
  country: string;
}

export interface PartnerLocationsVariables {
  ids: string[];
}
export interface PartnerLocationsResult {
  /** One per id, in order; null for an unknown id. */
  _partnerLocations: (InternalPartnerLocation | null)[];
}
export const PARTNER_LOCATIONS = internalQuery<PartnerLocationsVariables, PartnerLocationsResult>(
  "partners",
  `query ($ids: [ID!]!) {
  _partnerLocations(ids: $ids) { ${selectionOf<InternalPartnerLocation>({ id: true, partnerId: true, country: true })} }
}`,
);

/** The principal of a live API key, as services see it. */
export type InternalKeyPrincipal = Omit<KeyPrincipal, "kind">;

/** Keys looked up in one request at most. */
export const KEY_LOOKUP_BATCH = 500;

export interface ApiKeyPrincipalsVariables {
  keyHashes: string[];
}
export interface ApiKeyPrincipalsResult {
  /** One per hash, in order; null for an unknown, revoked or expired key. */
  _apiKeyPrincipals: (InternalKeyPrincipal | null)[];
}
export const API_KEY_PRINCIPALS = internalQuery<ApiKeyPrincipalsVariables, ApiKeyPrincipalsResult>(
  "partners",
  `query ($keyHashes: [String!]!) {
  _apiKeyPrincipals(keyHashes: $keyHashes) { ${selectionOf<InternalKeyPrincipal>({
    apiKeyId: true,
    organizationKind: true,
    organizationId: true,
    roles: true,
  })} }
}`,
);

/** A partner as services see it, found by its Microsoft Partner Network id. */
export interface InternalPartner {
  id: string;
  mpnId: string;
}

export interface PartnersByMpnIdVariables {
  mpnIds: string[];
}
export interface PartnersByMpnIdResult {
  /** One per MPN id, in order; null for an unknown one. */
  _partnersByMpnId: (InternalPartner | null)[];
}
export const PARTNERS_BY_MPN_ID = internalQuery<PartnersByMpnIdVariables, PartnersByMpnIdResult>(
  "partners",
  `query ($mpnIds: [String!]!) {
  _partnersByMpnId(mpnIds: $mpnIds) { ${selectionOf<InternalPartner>({ id: true, mpnId: true })} }
}`,
);
