import { groupByKey, type RequestContext } from "@psg/shared";
import { In } from "typeorm";
import { BusinessProfile } from "./business-profile.entity";

/** Per-request batched reads of partners' business profiles: one statement per request. */
export const businessProfileLoaders = (ctx: RequestContext) => ({
  profilesOf: ctx.loaders.get<string, BusinessProfile[]>("profilesByPartner", async (ids) =>
    groupByKey(
      ids,
      await ctx.db.getRepository(BusinessProfile).find({ where: { partnerId: In([...ids]) }, order: { region: "ASC" } }),
      (p) => p.partnerId,
    ),
  ),
});
