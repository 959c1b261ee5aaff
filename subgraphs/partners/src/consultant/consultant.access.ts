import { idOrNull, type RequestContext } from "@psg/shared";
import { canSeePartnerDetails } from "../partner/partner.access";
import type { Consultant } from "./consultant.entity";
import { consultantLoaders } from "./consultant.loaders";

/** A consultant is seen by its partner and operators; for anyone else it does not exist (null). */
export async function visibleConsultant(ctx: RequestContext, id: string): Promise<Consultant | null> {
  const known = idOrNull(id);
  const consultant = known ? await consultantLoaders(ctx).consultant.load(known) : null;
  return consultant && canSeePartnerDetails(ctx.principal, consultant.partnerId) ? consultant : null;
}
