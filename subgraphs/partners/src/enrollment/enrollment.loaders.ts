import { groupByKey, type RequestContext } from "@psg/shared";
import { In } from "typeorm";
import { ProgramEnrollment } from "./enrollment.entity";

/** Per-request batched reads of partners' enrolments: one statement per request. */
export const enrollmentLoaders = (ctx: RequestContext) => ({
  enrollmentsOf: ctx.loaders.get<string, ProgramEnrollment[]>("enrollmentsByPartner", async (ids) =>
    groupByKey(
      ids,
      await ctx.db.getRepository(ProgramEnrollment).find({ where: { partnerId: In([...ids]) }, order: { offeringCode: "ASC" } }),
      (e) => e.partnerId,
    ),
  ),
});
