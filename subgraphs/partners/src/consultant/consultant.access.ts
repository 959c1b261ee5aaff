import { idOrNull, type RequestContext } from "@psg/shared";
import { canSeePartnerDetails } from "../partner/partner.access";
import { partnerLoaders } from "../partner/partner.loaders";
import type { Consultant } from "./consultant.entity";

/** A consultant is seen by its partner and operators; for anyone else it does not exist (null). */
export async function visibleConsultant(ctx: RequestContext, id: string): Promise<Consultant | null> {
  const known = idOrNull(id);
  const consultant = known ? await partnerLoaders(ctx).consultant.load(known) : null;
  return consultant && canSeePartnerDetails(ctx.principal, consultant.partnerId) ? consultant : null;
}
