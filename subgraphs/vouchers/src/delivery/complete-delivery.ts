import type { RequestContext } from "@psg/shared";
import type { Engagement } from "../engagement/engagement.entity";
import { checkDelivery } from "../engagement/engagement.rules";
import type { CompleteDeliveryInput } from "../engagement/engagement.type";
import { deliveryStep, engagementForStep } from "./delivery-step";

/** The holding partner records what was delivered: days within the service level, off-site days within the limit. */
export async function completeDelivery(ctx: RequestContext, input: CompleteDeliveryInput): Promise<Engagement> {
  const found = await engagementForStep(ctx, input.engagementId);
  const delivered = { actualEnd: input.actualEnd, daysDelivered: input.daysDelivered, offsiteDays: input.offsiteDays };
  return deliveryStep(ctx, found, (voucher) => ({
    action: "delivered",
    from: "IN_DELIVERY",
    to: "DELIVERED",
    change: (engagement) => {
      checkDelivery(
        {
          ...delivered,
          actualStart: engagement.actualStart ?? input.actualEnd,
          serviceLevelDays: voucher.serviceLevelDays,
          maxOffsiteDays: ctx.policy.maxOffsiteDays,
        },
        ctx.now,
      );
      return delivered;
    },
  }));
}
