import { DomainError, type RequestContext, requireRole, upsertAudited } from "@psg/shared";
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { catalogLoaders } from "./catalog.loaders";
import { checkCode, checkName } from "./catalog.rules";
import { UpsertExamInput } from "./catalog.type";
import { Competency } from "./competency.entity";
import { Exam } from "./exam.entity";

@Resolver(() => Exam)
export class ExamResolver {
  @FieldResolver(() => Competency)
  async competency(@Root() exam: Exam, @Ctx() ctx: RequestContext): Promise<Competency | null> {
    return catalogLoaders(ctx).competency.load(exam.competencyCode);
  }

  @Mutation(() => Exam)
  async upsertExam(@Arg("input") input: UpsertExamInput, @Ctx() ctx: RequestContext): Promise<Exam> {
    const caller = requireRole(ctx.principal, "OPERATOR");
    checkName("Exam", input.name);
    if (!/^[A-Z0-9][A-Z0-9-]{1,29}$/.test(input.code)) {
      throw new DomainError("BAD_USER_INPUT", `Exam code must be 2 to 30 upper-case letters, digits or -, got "${input.code}".`);
    }
    checkCode("Competency", input.competencyCode);
    if (!(await catalogLoaders(ctx).competency.load(input.competencyCode))) {
      throw new DomainError("NOT_FOUND", `Competency ${input.competencyCode} was not found.`);
    }
    return upsertAudited(
      ctx.db,
      caller,
      ctx.now,
      Exam,
      { code: input.code },
      { ...input },
      { entity: "exam", id: (e) => e.code },
    );
  }
}
