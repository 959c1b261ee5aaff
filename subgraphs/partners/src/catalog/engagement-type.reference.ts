import { isUuid, type RequestContext } from "@psg/shared";
import { catalogLoaders } from "./catalog.loaders";
import type { EngagementType } from "./engagement-type.entity";

export const engagementTypeReference = {
  __resolveReference: async (ref: Pick<EngagementType, "id">, ctx: RequestContext): Promise<EngagementType | null> =>
    isUuid(ref.id) ? catalogLoaders(ctx).engagementType.load(ref.id) : null,
};
