import type { RequestContext } from "@psg/shared";
import { visibleConsultant } from "./consultant.access";
import type { Consultant } from "./consultant.entity";

/** A consultant resolves for its partner and operators; for anyone else it is null. */
export const consultantReference = {
  __resolveReference: (ref: Pick<Consultant, "id">, ctx: RequestContext): Promise<Consultant | null> =>
    visibleConsultant(ctx, ref.id),
};
