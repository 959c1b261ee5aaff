import { isUuid, type RequestContext } from "@psg/shared";
import type { Partner } from "./partner.entity";
import { partnerLoaders } from "./partner.loaders";

/** Any authenticated caller may resolve a partner's name; its details stay guarded by field. */
export const partnerReference = {
  __resolveReference: async (ref: Pick<Partner, "id">, ctx: RequestContext): Promise<Partner | null> =>
    ctx.principal.kind !== "ANONYMOUS" && isUuid(ref.id) ? partnerLoaders(ctx).partner.load(ref.id) : null,
};
