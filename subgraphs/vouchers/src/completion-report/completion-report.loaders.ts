import { byKey, type RequestContext } from "@psg/shared";
import { In } from "typeorm";
import { CompletionReport } from "./completion-report.entity";
import type { CompletionReportView } from "./completion-report.type";

export const toReportView = (r: CompletionReport): CompletionReportView => ({
  id: r.id,
  summary: r.summary,
  deliverableKind: r.deliverableKind,
  submittedAt: r.submittedAt,
  deliverable: { reportId: r.id, fileName: r.fileName, contentType: r.contentType, sizeBytes: r.sizeBytes, sha256: r.sha256 },
});

export const reportLoaders = (ctx: RequestContext) => ({
  ofEngagement: ctx.loaders.get<string, CompletionReport | null>("reportByEngagement", async (ids) =>
    byKey(ids, await ctx.db.getRepository(CompletionReport).findBy({ engagementId: In([...ids]) }), (r) => r.engagementId),
  ),
  /** The bytes, read only when a client asks for them. */
  content: ctx.loaders.get<string, Buffer | null>("reportContent", async (ids) => {
    const rows = await ctx.db
      .getRepository(CompletionReport)
      .createQueryBuilder("r")
      .select(["r.id", "r.content"])
      .addSelect("r.content")
      .where("r.id IN (:...ids)", { ids: [...ids] })
      .getMany();
    return byKey(ids, rows, (r) => r.id).map((r) => r?.content ?? null);
  }),
});
