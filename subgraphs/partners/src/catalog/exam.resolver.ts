import type { RequestContext } from "@psg/shared";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { catalogLoaders } from "./catalog.loaders";
import { UpsertExamInput } from "./catalog.type";
import { Competency } from "./competency.entity";
import { Exam } from "./exam.entity";
import { upsertExam } from "./upsert-catalog";

@Resolver(() => Exam)
export class ExamResolver {
  @FieldResolver(() => Competency, { description: "The competency the exam proves." })
  async competency(@Root() exam: Exam, @Ctx() ctx: RequestContext): Promise<Competency | null> {
    return catalogLoaders(ctx).competency.load(exam.competencyCode);
  }

  @Authorized("OPERATOR")
  @Mutation(() => Exam, { description: "Creates or changes an exam of the catalog (operators only)." })
  upsertExam(
    @Arg("input", { description: "The exam's code, name and competency." }) input: UpsertExamInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Exam> {
    return upsertExam(ctx, input);
  }
}
