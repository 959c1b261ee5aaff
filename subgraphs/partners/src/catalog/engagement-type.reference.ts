import { idOrNull, type RequestContext } from "@psg/shared";
import { catalogLoaders } from "./catalog.loaders";
import type { EngagementType } from "./engagement-type.entity";

export const engagementTypeReference = {
  __resolveReference: async (ref: Pick<EngagementType, "id">, ctx: RequestContext): Promise<EngagementType | null> => {
    const id = idOrNull(ref.id);
    return id ? catalogLoaders(ctx).engagementType.load(id) : null;
  },
};
