import { idOrNull, type RequestContext } from "@psg/shared";
import { canSeePartnerDetails } from "../partner/partner.access";
import type { PartnerLocation } from "./location.entity";
import { locationLoaders } from "./location.loaders";

/** A location is seen by its partner and operators; for anyone else it does not exist (null). */
export async function visibleLocation(ctx: RequestContext, id: string): Promise<PartnerLocation | null> {
  const known = idOrNull(id);
  const location = known ? await locationLoaders(ctx).location.load(known) : null;
  return location && canSeePartnerDetails(ctx.principal, location.partnerId) ? location : null;
}
