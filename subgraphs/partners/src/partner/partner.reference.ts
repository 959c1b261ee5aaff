import { idOrNull, type RequestContext } from "@psg/shared";
import type { Partner } from "./partner.entity";
import { partnerLoaders } from "./partner.loaders";

/** Any authenticated caller may resolve a partner's name; its details stay guarded by field (partner.access.ts). */
export const partnerReference = {
  __resolveReference: async (ref: Pick<Partner, "id">, ctx: RequestContext): Promise<Partner | null> => {
    const id = idOrNull(ref.id);
    return ctx.principal.kind !== "ANONYMOUS" && id ? partnerLoaders(ctx).partner.load(id) : null;
  },
};
