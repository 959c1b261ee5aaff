import { byKey, groupByKey, type RequestContext } from "@psg/shared";
import { In } from "typeorm";
import { PartnerLocation } from "./location.entity";

/** Per-request batched reads of locations: one statement per kind of read. */
export const locationLoaders = (ctx: RequestContext) => {
  const repo = () => ctx.db.getRepository(PartnerLocation);
  return {
    location: ctx.loaders.get<string, PartnerLocation | null>("locationById", async (ids) =>
      byKey(ids, await repo().findBy({ id: In([...ids]) }), (l) => l.id),
    ),
    locationsOf: ctx.loaders.get<string, PartnerLocation[]>("locationsByPartner", async (ids) =>
      groupByKey(
        ids,
        await repo().find({ where: { partnerId: In([...ids]) }, order: { createdAt: "ASC", id: "ASC" } }),
        (l) => l.partnerId,
      ),
    ),
  };
};
