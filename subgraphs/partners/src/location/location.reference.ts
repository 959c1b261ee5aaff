import type { RequestContext } from "@psg/shared";
import { visibleLocation } from "./location.access";
import type { PartnerLocation } from "./location.entity";

/** A location resolves for its partner and operators; for anyone else it is null. */
export const partnerLocationReference = {
  __resolveReference: (ref: Pick<PartnerLocation, "id">, ctx: RequestContext): Promise<PartnerLocation | null> =>
    visibleLocation(ctx, ref.id),
};
