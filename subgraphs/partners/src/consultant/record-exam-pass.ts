import { notFound, type RequestContext, upsertAudited } from "@psg/shared";
import { catalogLoaders } from "../catalog/catalog.loaders";
import { checkValidityDates } from "../competency-grant/competency-grant.rules";
import { visibleConsultant } from "./consultant.access";
import type { Consultant } from "./consultant.entity";
import { consultantLoaders } from "./consultant.loaders";
import type { RecordExamPassInput } from "./consultant.type";
import { ExamPass } from "./exam-pass.entity";

/** A consultant passed an exam; recording the same exam again replaces its dates. */
export async function recordExamPass(ctx: RequestContext, input: RecordExamPassInput): Promise<Consultant> {
  const consultant = (await visibleConsultant(ctx, input.consultantId)) ?? notFound("Consultant");
  checkValidityDates("Exam pass", input.passedAt, input.expiresAt);
  if (!(await catalogLoaders(ctx).exam.load(input.examCode))) notFound(`Exam ${input.examCode}`);
  const { consultantId, examCode, passedAt, expiresAt } = { ...input, consultantId: consultant.id };
  await upsertAudited(
    ctx,
    ExamPass,
    { consultantId, examCode },
    { consultantId, examCode, passedAt, expiresAt },
    {
      resource: "exam_pass",
      id: (p) => p.id,
    },
  );
  consultantLoaders(ctx).examPassesOf.clear(consultant.id);
  return consultant;
}
