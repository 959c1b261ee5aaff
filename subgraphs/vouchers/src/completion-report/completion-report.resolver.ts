import { createHash } from "node:crypto";
import { audit, DomainError, isUuid, type RequestContext, requireRole } from "@psg/shared";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { engagementForChange, lockForDelivery } from "../engagement/engagement.access";
import { requireEngagementStatus } from "../engagement/engagement.rules";
import { updateCount } from "../voucher/voucher.store";
import { CompletionReport } from "./completion-report.entity";
import { toReportView } from "./completion-report.loaders";
import { checkDeliverable, checkSummary } from "./completion-report.rules";
import { CompletionReportView, SubmitCompletionReportInput } from "./completion-report.type";

@Resolver(() => CompletionReportView)
export class CompletionReportResolver {
  @Mutation(() => CompletionReportView, { description: "Reports a delivered engagement with the customer's deliverable." })
  async submitCompletionReport(
    @Arg("input") input: SubmitCompletionReportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CompletionReportView> {
    const caller = requireRole(ctx.principal, "GLOBAL_ADMIN", "PARTNER_ADMIN");
    if (!isUuid(input.engagementId)) throw new DomainError("NOT_FOUND", "No such engagement.");
    checkSummary(input.summary);
    const content = checkDeliverable(input.deliverable, ctx.policy.deliverableMaxBytes);
    const found = await engagementForChange(ctx, input.engagementId);
    return ctx.db.transaction(async (manager) => {
      const { engagement } = await lockForDelivery(manager, ctx, caller, found);
      requireEngagementStatus(engagement.status, "DELIVERED");
      const report = await manager.save(
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
      await updateCount(
        manager,
        `UPDATE "vouchers"."engagements" SET "status" = 'REPORTED' WHERE "id" = $1 AND "status" = 'DELIVERED'`,
        [engagement.id],
      );
      await audit(manager, {
        actor: caller,
        action: "engagement.reported",
        entity: "engagement",
        entityId: engagement.id,
        before: { status: "DELIVERED" },
        after: { status: "REPORTED", reportId: report.id, sha256: report.sha256, sizeBytes: report.sizeBytes },
        at: ctx.now,
      });
      return toReportView(report);
    });
  }
}
