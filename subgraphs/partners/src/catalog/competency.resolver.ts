import { type RequestContext, requireRole, upsertAudited } from "@psg/shared";
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { catalogLoaders } from "./catalog.loaders";
import { checkCode, checkName } from "./catalog.rules";
import { UpsertCompetencyInput } from "./catalog.type";
import { Competency } from "./competency.entity";
import { Exam } from "./exam.entity";

@Resolver(() => Competency)
export class CompetencyResolver {
  @Query(() => [Competency])
  competencies(@Ctx() ctx: RequestContext): Promise<Competency[]> {
    return catalogLoaders(ctx).competencies();
  }

  @FieldResolver(() => [Exam])
  exams(@Root() competency: Competency, @Ctx() ctx: RequestContext): Promise<Exam[]> {
    return catalogLoaders(ctx).examsOfCompetency.load(competency.code);
  }

  @Mutation(() => Competency)
  upsertCompetency(@Arg("input") input: UpsertCompetencyInput, @Ctx() ctx: RequestContext): Promise<Competency> {
    const caller = requireRole(ctx.principal, "OPERATOR");
    checkCode("Competency", input.code);
    checkName("Competency", input.name);
    return upsertAudited(
      ctx.db,
      caller,
      ctx.now,
      Competency,
      { code: input.code },
      { ...input },
      {
        entity: "competency",
        id: (c) => c.code,
      },
    );
  }
}
