import type { RequestContext } from "@psg/shared";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { deliveryLoaders } from "./delivery.loaders";
import { WebhookAttempt, WebhookDelivery } from "./delivery.type";
import type { WebhookDeliveryRow } from "./webhook-delivery.entity";

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => [WebhookAttempt], { description: "Every attempt, first to last." })
  attempts(@Root() delivery: WebhookDeliveryRow, @Ctx() ctx: RequestContext): Promise<WebhookAttempt[]> {
    return deliveryLoaders(ctx).attemptsOf.load(delivery.id);
  }
}
