import type { RequestContext } from "@psg/shared";
import type { Consultant } from "./consultant.entity";
import { visibleConsultant } from "./consultant.resolver";

/** A consultant resolves for its partner and operators; for anyone else it is null. */
export const consultantReference = {
  __resolveReference: (ref: Pick<Consultant, "id">, ctx: RequestContext): Promise<Consultant | null> =>
    visibleConsultant(ctx, ref.id),
};
