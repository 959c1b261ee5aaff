import type { RequestContext } from "@psg/shared";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { catalogLoaders } from "./catalog.loaders";
import { UpsertCompetencyInput } from "./catalog.type";
import { Competency } from "./competency.entity";
import { Exam } from "./exam.entity";
import { upsertCompetency } from "./upsert-catalog";

@Resolver(() => Competency)
export class CompetencyResolver {
  @Query(() => [Competency], { description: "Every competency of the catalog, by name." })
  competencies(@Ctx() ctx: RequestContext): Promise<Competency[]> {
    return ctx.db.getRepository(Competency).find({ order: { name: "ASC" } });
  }

  @FieldResolver(() => [Exam], { description: "The exams that prove the competency, by code." })
  exams(@Root() competency: Competency, @Ctx() ctx: RequestContext): Promise<Exam[]> {
    return catalogLoaders(ctx).examsOfCompetency.load(competency.code);
  }

  @Authorized("OPERATOR")
  @Mutation(() => Competency, { description: "Creates or renames a competency of the catalog (operators only)." })
  upsertCompetency(
    @Arg("input", { description: "The competency's code and name." }) input: UpsertCompetencyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Competency> {
    return upsertCompetency(ctx, input);
  }
}
