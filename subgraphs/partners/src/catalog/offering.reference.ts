import type { RequestContext } from "@psg/shared";
import { catalogLoaders } from "./catalog.loaders";
import type { Offering } from "./offering.entity";

export const offeringReference = {
  __resolveReference: (ref: Pick<Offering, "code">, ctx: RequestContext): Promise<Offering | null> =>
    catalogLoaders(ctx).offering.load(ref.code),
};
