import { byKey, type Connection, paginate, type RequestContext } from "@psg/shared";
import { In } from "typeorm";
import { Engagement } from "./engagement.entity";

export interface PartnerEngagementsKey {
  partnerId: string;
  first: number;
  after: string | null;
}

export const engagementLoaders = (ctx: RequestContext) => ({
  engagement: ctx.loaders.get<string, Engagement | null>("engagementById", async (ids) =>
    byKey(ids, await ctx.db.getRepository(Engagement).findBy({ id: In([...ids]) }), (e) => e.id),
  ),
  ofPartner: ctx.loaders.get<PartnerEngagementsKey, Connection<Engagement>>("engagementsOfPartner", (keys) =>
    Promise.all(
      keys.map((key) =>
        paginate(
          ctx.db
            .getRepository(Engagement)
            .createQueryBuilder("e")
            .where("e.partnerId = :partnerId AND e.status <> 'CANCELLED'", key),
          { first: key.first, after: key.after },
          "createdAt",
        ),
      ),
    ),
  ),
});
