import { notFound, PARTNER_ADMINS, type RequestContext } from "@psg/shared";
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { catalogLoaders } from "../catalog/catalog.loaders";
import { Exam } from "../catalog/exam.entity";
import { Partner } from "../partner/partner.entity";
import { partnerLoaders } from "../partner/partner.loaders";
import { addConsultant } from "./add-consultant";
import { visibleConsultant } from "./consultant.access";
import { Consultant } from "./consultant.entity";
import { consultantLoaders } from "./consultant.loaders";
import { AddConsultantInput, RecordExamPassInput } from "./consultant.type";
import { ExamPass } from "./exam-pass.entity";
import { recordExamPass } from "./record-exam-pass";

@Resolver(() => Consultant)
export class ConsultantResolver {
  @Authorized()
  @Query(() => Consultant, {
    nullable: true,
    description: "One consultant by id, for its partner and operators; null for anyone else.",
  })
  consultant(
    @Arg("id", () => ID, { description: "The consultant's id." }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Consultant | null> {
    return visibleConsultant(ctx, id);
  }

  @FieldResolver(() => Partner, { description: "The partner the consultant works for." })
  async partner(@Root() consultant: Consultant, @Ctx() ctx: RequestContext): Promise<Partner> {
    return (await partnerLoaders(ctx).partner.load(consultant.partnerId)) ?? notFound("Partner");
  }

  @FieldResolver(() => [ExamPass], { description: "The exams the consultant passed, by exam code." })
  examPasses(@Root() consultant: Consultant, @Ctx() ctx: RequestContext): Promise<ExamPass[]> {
    return consultantLoaders(ctx).examPassesOf.load(consultant.id);
  }

  @Authorized(...PARTNER_ADMINS)
  @Mutation(() => Consultant, {
    description: "Adds a consultant to a partner: operators, or the partner's GLOBAL_ADMIN or PARTNER_ADMIN.",
  })
  addConsultant(
    @Arg("input", { description: "The partner and the new consultant." }) input: AddConsultantInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Consultant> {
    return addConsultant(ctx, input);
  }

  @Authorized("OPERATOR")
  @Mutation(() => Consultant, {
    description: "Records that a consultant passed an exam (operators only). Recording the same exam again replaces its dates.",
  })
  recordExamPass(
    @Arg("input", { description: "The consultant, the exam and the pass's dates." }) input: RecordExamPassInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Consultant> {
    return recordExamPass(ctx, input);
  }
}

@Resolver(() => ExamPass)
export class ExamPassResolver {
  @FieldResolver(() => Exam, { description: "The exam passed." })
  async exam(@Root() pass: ExamPass, @Ctx() ctx: RequestContext): Promise<Exam> {
    return (await catalogLoaders(ctx).exam.load(pass.examCode)) ?? notFound("Exam");
  }
}
