import type { RequestContext } from "@psg/shared";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { reportLoaders } from "./completion-report.loaders";
import { Deliverable } from "./completion-report.type";

@Resolver(() => Deliverable)
export class DeliverableResolver {
  @FieldResolver(() => String, { description: "The file's bytes in base64 (only read when asked for)." })
  async contentBase64(@Root() deliverable: Deliverable, @Ctx() ctx: RequestContext): Promise<string> {
    const content = await reportLoaders(ctx).content.load(deliverable.reportId);
    return content ? content.toString("base64") : "";
  }
}
