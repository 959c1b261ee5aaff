import { DomainError, type InternalPartnerLocation, isUuid, notFound, PARTNER_LOCATIONS, type RequestContext } from "@psg/shared";

/** The partners subgraph's facts about locations (null for an unknown id). */
export async function partnerLocations(ctx: RequestContext, ids: string[]): Promise<(InternalPartnerLocation | null)[]> {
  return (await ctx.services.ask(PARTNER_LOCATIONS, { ids }))._partnerLocations;
}

/** The partner's own location: NOT_FOUND when unknown, FORBIDDEN when another partner's. */
export async function requirePartnerLocation(
  ctx: RequestContext,
  partnerId: string,
  locationId: string,
): Promise<InternalPartnerLocation> {
  const [location] = isUuid(locationId) ? await partnerLocations(ctx, [locationId]) : [null];
  if (!location) return notFound("Location");
  if (location.partnerId !== partnerId) throw new DomainError("FORBIDDEN", "This location belongs to another partner.");
  return location;
}
