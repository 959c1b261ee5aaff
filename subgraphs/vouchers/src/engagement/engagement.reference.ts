import { isUuid, type RequestContext } from "@psg/shared";
import { canSeeEngagement } from "./engagement.access";
import type { Engagement } from "./engagement.entity";
import { engagementLoaders } from "./engagement.loaders";

export const engagementReference = {
  __resolveReference: async (ref: Pick<Engagement, "id">, ctx: RequestContext): Promise<Engagement | null> => {
    if (!isUuid(ref.id)) return null;
    const engagement = await engagementLoaders(ctx).engagement.load(ref.id);
    return engagement && canSeeEngagement(ctx.principal, engagement) ? engagement : null;
  },
};
