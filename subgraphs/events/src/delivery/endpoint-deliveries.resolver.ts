import { type Connection, ConnectionArgs, ORGANIZATION_ADMINS, type RequestContext } from "@psg/shared";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { WebhookEndpointRow } from "../webhook-endpoint/webhook-endpoint.entity";
import { WebhookEndpoint } from "../webhook-endpoint/webhook-endpoint.type";
import { deliveryLoaders } from "./delivery.loaders";
import { WebhookDelivery, WebhookDeliveryConnection } from "./delivery.type";
import { sendTestEvent } from "./send-test-event";
import type { WebhookDeliveryRow } from "./webhook-delivery.entity";

/** What deliveries add to a webhook endpoint: its deliveries, and a test message to it. */
@Resolver(() => WebhookEndpoint)
export class EndpointDeliveriesResolver {
  @Authorized(...ORGANIZATION_ADMINS)
  @Mutation(() => WebhookDelivery, {
    description: "Sends a `webhook_endpoint.test` message to the endpoint, signed like any event.",
  })
  sendTestEvent(
    @Arg("endpointId", () => ID, { description: "The endpoint to test." }) endpointId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookDeliveryRow> {
    return sendTestEvent(ctx, endpointId);
  }

  @FieldResolver(() => WebhookDeliveryConnection, {
    description: "Deliveries to this endpoint, oldest first, each with every attempt.",
  })
  deliveries(
    @Root() endpoint: WebhookEndpointRow,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<WebhookDeliveryRow>> {
    return deliveryLoaders(ctx).deliveryPage.load({ parentId: endpoint.id, first: args.first, after: args.after ?? null });
  }
}
