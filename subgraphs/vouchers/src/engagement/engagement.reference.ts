import { idOrNull, type RequestContext } from "@psg/shared";
import { canSeeEngagement } from "./engagement.access";
import type { Engagement } from "./engagement.entity";
import { engagementLoaders } from "./engagement.loaders";

/** An engagement the caller may see, by id; null for any other. */
export async function visibleEngagement(ctx: RequestContext, id: string): Promise<Engagement | null> {
  const known = idOrNull(id);
  const engagement = known ? await engagementLoaders(ctx).engagement.load(known) : null;
  return engagement && canSeeEngagement(ctx.principal, engagement) ? engagement : null;
}

export const engagementReference = {
  __resolveReference: (ref: Pick<Engagement, "id">, ctx: RequestContext): Promise<Engagement | null> =>
    visibleEngagement(ctx, ref.id),
};
