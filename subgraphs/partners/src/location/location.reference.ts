import { isUuid, type RequestContext } from "@psg/shared";
import { partnerLoaders } from "../partner/partner.loaders";
import { canSeePartnerDetails } from "../partner/partner.rules";
import type { PartnerLocation } from "./location.entity";

/** A location resolves for its partner and operators; for anyone else it is null. */
export const partnerLocationReference = {
  __resolveReference: async (ref: Pick<PartnerLocation, "id">, ctx: RequestContext): Promise<PartnerLocation | null> => {
    const location = isUuid(ref.id) ? await partnerLoaders(ctx).location.load(ref.id) : null;
    return location && canSeePartnerDetails(ctx.principal, location.partnerId) ? location : null;
  },
};
