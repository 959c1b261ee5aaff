import {
  audit,
  DomainError,
  isUniqueViolation,
  isUuid,
  notFound,
  type RequestContext,
  requireKey,
  requireRole,
  upsertAudited,
} from "@psg/shared";
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { catalogLoaders } from "../catalog/catalog.loaders";
import { Exam } from "../catalog/exam.entity";
import { checkValidityDates } from "../competency-grant/competency-grant.rules";
import { Partner } from "../partner/partner.entity";
import { partnerForChange } from "../partner/partner.guard";
import { partnerLoaders } from "../partner/partner.loaders";
import { canSeePartnerDetails } from "../partner/partner.rules";
import { Consultant } from "./consultant.entity";
import { checkNewConsultant } from "./consultant.rules";
import { AddConsultantInput, RecordExamPassInput } from "./consultant.type";
import { ExamPass } from "./exam-pass.entity";

/** A consultant the caller may see (its partner or an operator), else null. */
export async function visibleConsultant(ctx: RequestContext, id: string): Promise<Consultant | null> {
  const consultant = isUuid(id) ? await partnerLoaders(ctx).consultant.load(id) : null;
  return consultant && canSeePartnerDetails(ctx.principal, consultant.partnerId) ? consultant : null;
}

@Resolver(() => Consultant)
export class ConsultantResolver {
  @Query(() => Consultant, { nullable: true, description: "Its partner and operators only." })
  consultant(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Consultant | null> {
    requireKey(ctx.principal);
    return visibleConsultant(ctx, id);
  }

  @FieldResolver(() => Partner)
  async partner(@Root() consultant: Consultant, @Ctx() ctx: RequestContext): Promise<Partner> {
    return (await partnerLoaders(ctx).partner.load(consultant.partnerId)) ?? notFound("Partner");
  }

  @FieldResolver(() => [ExamPass])
  examPasses(@Root() consultant: Consultant, @Ctx() ctx: RequestContext): Promise<ExamPass[]> {
    return partnerLoaders(ctx).examPassesOf.load(consultant.id);
  }

  @Mutation(() => Consultant, { description: "Operators, or the partner's GLOBAL_ADMIN or PARTNER_ADMIN." })
  async addConsultant(@Arg("input") input: AddConsultantInput, @Ctx() ctx: RequestContext): Promise<Consultant> {
    const partner = await partnerForChange(ctx, input.partnerId, "GLOBAL_ADMIN", "PARTNER_ADMIN");
    const values = { name: input.name.trim(), email: input.email.trim() };
    checkNewConsultant(values);
    try {
      return await ctx.db.transaction(async (manager) => {
        const saved = await manager.save(manager.create(Consultant, { ...values, partnerId: partner.id, createdAt: ctx.now }));
        await audit(manager, {
          actor: ctx.principal,
          action: "consultant.created",
          entity: "consultant",
          entityId: saved.id,
          after: saved,
          at: ctx.now,
        });
        return saved;
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new DomainError("CONFLICT", `The partner already has a consultant with e-mail ${values.email}.`);
      throw error;
    }
  }

  @Mutation(() => Consultant, { description: "Operators only. Recording a pass of the same exam again replaces its dates." })
  async recordExamPass(@Arg("input") input: RecordExamPassInput, @Ctx() ctx: RequestContext): Promise<Consultant> {
    const caller = requireRole(ctx.principal, "OPERATOR");
    const consultant = (await visibleConsultant(ctx, input.consultantId)) ?? notFound("Consultant");
    checkValidityDates("Exam pass", input.passedAt, input.expiresAt);
    const exam: Exam | null = await catalogLoaders(ctx).exam.load(input.examCode);
    if (!exam) notFound(`Exam ${input.examCode}`);
    await upsertAudited(
      ctx.db,
      caller,
      ctx.now,
      ExamPass,
      { consultantId: consultant.id, examCode: input.examCode },
      { consultantId: consultant.id, examCode: input.examCode, passedAt: input.passedAt, expiresAt: input.expiresAt },
      { entity: "exam_pass", id: (p) => p.id },
    );
    partnerLoaders(ctx).examPassesOf.clear(consultant.id);
    return consultant;
  }
}

@Resolver(() => ExamPass)
export class ExamPassResolver {
  @FieldResolver(() => Exam)
  async exam(@Root() pass: ExamPass, @Ctx() ctx: RequestContext): Promise<Exam> {
    return (await catalogLoaders(ctx).exam.load(pass.examCode)) ?? notFound("Exam");
  }
}
