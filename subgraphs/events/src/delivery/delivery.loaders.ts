import { type Connection, groupByKey, type ParentPageKey, paginateByParent, type RequestContext } from "@psg/shared";
import { In } from "typeorm";
import { WebhookAttemptRow } from "./webhook-attempt.entity";
import { WebhookDeliveryRow } from "./webhook-delivery.entity";

/** Per-request batched reads of deliveries and their attempts: one statement per kind of row. */
export const deliveryLoaders = (ctx: RequestContext) => ({
  deliveryPage: ctx.loaders.get<ParentPageKey, Connection<WebhookDeliveryRow>>("deliveriesByEndpoint", (keys) =>
    paginateByParent(ctx.db, WebhookDeliveryRow, "endpointId", "createdAt", keys),
  ),
  attemptsOf: ctx.loaders.get<string, WebhookAttemptRow[]>("attemptsByDelivery", async (ids) =>
    groupByKey(
      ids,
      await ctx.db
        .getRepository(WebhookAttemptRow)
        .find({ where: { deliveryId: In([...ids]) }, order: { attempt: "ASC", id: "ASC" } }),
      (a) => a.deliveryId,
    ),
  ),
});
