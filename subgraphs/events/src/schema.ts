import { buildFederatedSchema } from "@psg/shared";
import type { GraphQLSchema } from "graphql";
import { WebhookDeliveryResolver } from "./delivery/delivery.resolver";
import { EventResolver } from "./event/event.resolver";
import { WebhookEndpointResolver } from "./webhook-endpoint/webhook-endpoint.resolver";

export function buildEventsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({ resolvers: [EventResolver, WebhookEndpointResolver, WebhookDeliveryResolver] });
}
