import { buildFederatedSchema } from "@psg/shared";
import type { GraphQLSchema } from "graphql";
import { customerReference } from "./customer/customer.reference";
import { CustomerResolver } from "./customer/customer.resolver";

export function buildVouchersSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({ resolvers: [CustomerResolver] }, { Customer: customerReference });
}
