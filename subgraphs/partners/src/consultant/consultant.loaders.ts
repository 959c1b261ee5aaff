import { byKey, type Connection, groupByKey, type ParentPageKey, paginateByParent, type RequestContext } from "@psg/shared";
import { In } from "typeorm";
import { Consultant } from "./consultant.entity";
import { ExamPass } from "./exam-pass.entity";

/** Per-request batched reads of consultants and their exam passes: one statement per kind of read. */
export const consultantLoaders = (ctx: RequestContext) => {
  const consultants = () => ctx.db.getRepository(Consultant);
  return {
    consultant: ctx.loaders.get<string, Consultant | null>("consultantById", async (ids) =>
      byKey(ids, await consultants().findBy({ id: In([...ids]) }), (c) => c.id),
    ),
    consultantsOf: ctx.loaders.get<string, Consultant[]>("consultantsByPartner", async (ids) =>
      groupByKey(ids, await consultants().find({ where: { partnerId: In([...ids]) } }), (c) => c.partnerId),
    ),
    consultantPage: ctx.loaders.get<ParentPageKey, Connection<Consultant>>("consultantPageByPartner", (keys) =>
      paginateByParent(ctx.db, Consultant, "partnerId", "createdAt", keys),
    ),
    examPassesOf: ctx.loaders.get<string, ExamPass[]>("examPassesByConsultant", async (ids) =>
      groupByKey(
        ids,
        await ctx.db.getRepository(ExamPass).find({ where: { consultantId: In([...ids]) }, order: { examCode: "ASC" } }),
        (p) => p.consultantId,
      ),
    ),
  };
};
