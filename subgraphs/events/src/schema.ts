import { buildFederatedSchema } from "@psg/shared";
import type { GraphQLSchema } from "graphql";
import { WebhookDeliveryResolver } from "./delivery/delivery.resolver";
import { EndpointDeliveriesResolver } from "./delivery/endpoint-deliveries.resolver";
import { EventResolver } from "./event/event.resolver";
import { WebhookEndpointResolver } from "./webhook-endpoint/webhook-endpoint.resolver";

export function buildEventsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [EventResolver, WebhookEndpointResolver, EndpointDeliveriesResolver, WebhookDeliveryResolver],
  });
}
