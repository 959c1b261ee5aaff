import { buildFederatedSchema } from "@psg/shared";
import type { GraphQLSchema } from "graphql";
import { RateCardResolver } from "./rate-card/rate-card.resolver";

export function buildPaymentsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({ resolvers: [RateCardResolver] });
}
