import { groupByKey, type RequestContext } from "@psg/shared";
import { In } from "typeorm";
import { PartnerCompetency } from "./partner-competency.entity";

/** Per-request batched reads of the competencies partners hold: one statement per request. */
export const competencyGrantLoaders = (ctx: RequestContext) => ({
  competenciesOf: ctx.loaders.get<string, PartnerCompetency[]>("competenciesByPartner", async (ids) =>
    groupByKey(
      ids,
      await ctx.db
        .getRepository(PartnerCompetency)
        .find({ where: { partnerId: In([...ids]) }, order: { competencyCode: "ASC" } }),
      (c) => c.partnerId,
    ),
  ),
});
