import { byKey, type Connection, groupByKey, type ParentPageKey, paginateByParent, type RequestContext } from "@psg/shared";
import { In } from "typeorm";
import { BusinessProfile } from "../business-profile/business-profile.entity";
import { PartnerCompetency } from "../competency-grant/partner-competency.entity";
import { Consultant } from "../consultant/consultant.entity";
import { ExamPass } from "../consultant/exam-pass.entity";
import { ProgramEnrollment } from "../enrollment/enrollment.entity";
import { PartnerLocation } from "../location/location.entity";
import { Partner } from "./partner.entity";

/** Per-request batched reads of partners and what they hold: one statement per kind of row. */
export const partnerLoaders = (ctx: RequestContext) => {
  const repo = <T extends object>(target: new () => T) => ctx.db.getRepository(target);
  return {
    partner: ctx.loaders.get<string, Partner | null>("partnerById", async (ids) =>
      byKey(ids, await repo(Partner).findBy({ id: In([...ids]) }), (p) => p.id),
    ),
    location: ctx.loaders.get<string, PartnerLocation | null>("locationById", async (ids) =>
      byKey(ids, await repo(PartnerLocation).findBy({ id: In([...ids]) }), (l) => l.id),
    ),
    locationsOf: ctx.loaders.get<string, PartnerLocation[]>("locationsByPartner", async (ids) =>
      groupByKey(
        ids,
        await repo(PartnerLocation).find({ where: { partnerId: In([...ids]) }, order: { createdAt: "ASC", id: "ASC" } }),
        (l) => l.partnerId,
      ),
    ),
    competenciesOf: ctx.loaders.get<string, PartnerCompetency[]>("competenciesByPartner", async (ids) =>
      groupByKey(
        ids,
        await repo(PartnerCompetency).find({ where: { partnerId: In([...ids]) }, order: { competencyCode: "ASC" } }),
        (c) => c.partnerId,
      ),
    ),
    consultant: ctx.loaders.get<string, Consultant | null>("consultantById", async (ids) =>
      byKey(ids, await repo(Consultant).findBy({ id: In([...ids]) }), (c) => c.id),
    ),
    consultantsOf: ctx.loaders.get<string, Consultant[]>("consultantsByPartner", async (ids) =>
      groupByKey(ids, await repo(Consultant).find({ where: { partnerId: In([...ids]) } }), (c) => c.partnerId),
    ),
    consultantPage: ctx.loaders.get<ParentPageKey, Connection<Consultant>>("consultantPageByPartner", (keys) =>
      paginateByParent(ctx.db, Consultant, "partnerId", "createdAt", keys),
    ),
    examPassesOf: ctx.loaders.get<string, ExamPass[]>("examPassesByConsultant", async (ids) =>
      groupByKey(
        ids,
        await repo(ExamPass).find({ where: { consultantId: In([...ids]) }, order: { examCode: "ASC" } }),
        (p) => p.consultantId,
      ),
    ),
    enrollmentsOf: ctx.loaders.get<string, ProgramEnrollment[]>("enrollmentsByPartner", async (ids) =>
      groupByKey(
        ids,
        await repo(ProgramEnrollment).find({ where: { partnerId: In([...ids]) }, order: { offeringCode: "ASC" } }),
        (e) => e.partnerId,
      ),
    ),
    profilesOf: ctx.loaders.get<string, BusinessProfile[]>("profilesByPartner", async (ids) =>
      groupByKey(
        ids,
        await repo(BusinessProfile).find({ where: { partnerId: In([...ids]) }, order: { region: "ASC" } }),
        (p) => p.partnerId,
      ),
    ),
  };
};
