import { DomainError, type RequestContext, upsertAudited } from "@psg/shared";
import { catalogLoaders } from "./catalog.loaders";
import { checkCode, checkName } from "./catalog.rules";
import type { UpsertCompetencyInput, UpsertExamInput, UpsertOfferingInput } from "./catalog.type";
import { Competency } from "./competency.entity";
import { Exam } from "./exam.entity";
import { Offering } from "./offering.entity";

/** A competency of the catalog, by code: created, or renamed. */
export function upsertCompetency(ctx: RequestContext, input: UpsertCompetencyInput): Promise<Competency> {
  checkCode("Competency", input.code);
  checkName("Competency", input.name);
  return upsertAudited(ctx, Competency, { code: input.code }, { ...input }, { resource: "competency", id: (c) => c.code });
}

/** An offering of the catalog, by code: created, or renamed and (re)activated or retired. */
export function upsertOffering(ctx: RequestContext, input: UpsertOfferingInput): Promise<Offering> {
  checkCode("Offering", input.code);
  checkName("Offering", input.name);
  return upsertAudited(ctx, Offering, { code: input.code }, { ...input }, { resource: "offering", id: (o) => o.code });
}

const EXAM_CODE = /^[A-Z0-9][A-Z0-9-]{1,29}$/;

/** An exam of the catalog, by code, proving one competency. */
export async function upsertExam(ctx: RequestContext, input: UpsertExamInput): Promise<Exam> {
  checkName("Exam", input.name);
  if (!EXAM_CODE.test(input.code)) {
    throw new DomainError("BAD_USER_INPUT", `Exam code must be 2 to 30 upper-case letters, digits or -, got "${input.code}".`);
  }
  checkCode("Competency", input.competencyCode);
  if (!(await catalogLoaders(ctx).competency.load(input.competencyCode))) {
    throw new DomainError("NOT_FOUND", `Competency ${input.competencyCode} was not found.`);
  }
  return upsertAudited(ctx, Exam, { code: input.code }, { ...input }, { resource: "exam", id: (e) => e.code });
}
