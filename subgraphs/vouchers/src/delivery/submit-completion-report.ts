import { createHash } from "node:crypto";
import { type RequestContext, requireKey } from "@psg/shared";
import { CompletionReport } from "../completion-report/completion-report.entity";
import { toReportView } from "../completion-report/completion-report.loaders";
import { checkDeliverable, checkSummary } from "../completion-report/completion-report.rules";
import type { CompletionReportView, SubmitCompletionReportInput } from "../completion-report/completion-report.type";
import { deliveryStep, engagementForStep } from "./delivery-step";

/** The holding partner reports a delivered engagement with the customer's deliverable, stored byte for byte. */
export async function submitCompletionReport(
  ctx: RequestContext,
  input: SubmitCompletionReportInput,
): Promise<CompletionReportView> {
  const caller = requireKey(ctx.principal);
  checkSummary(input.summary);
  const content = checkDeliverable(input.deliverable, ctx.policy.deliverableMaxBytes);
  const found = await engagementForStep(ctx, input.engagementId);
  const stored: { report?: CompletionReport } = {};
  await deliveryStep(ctx, found, () => ({
    action: "reported",
    eventType: "completion_report.submitted",
    from: "DELIVERED",
    to: "REPORTED",
    afterMove: async (engagement, manager) => {
      stored.report = await manager.save(
        manager.create(CompletionReport, {
          engagementId: engagement.id,
          summary: input.summary.trim(),
          deliverableKind: input.deliverableKind,
          fileName: input.deliverable.fileName.trim(),
          contentType: input.deliverable.contentType.trim().toLowerCase(),
          sizeBytes: content.length,
          sha256: createHash("sha256").update(content).digest("hex"),
          content,
          submittedAt: ctx.now,
          submittedBy: caller.apiKeyId,
        }),
      );
    },
    auditOf: () => ({
      before: { status: "DELIVERED" },
      after: {
        status: "REPORTED",
        reportId: stored.report?.id,
        sha256: stored.report?.sha256,
        sizeBytes: stored.report?.sizeBytes,
      },
    }),
  }));
  if (!stored.report) throw new Error("the completion report was not stored");
  return toReportView(stored.report);
}
