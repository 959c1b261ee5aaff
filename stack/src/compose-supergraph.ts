import { join } from "node:path";
import { composeServices } from "@apollo/composition";
import { Supergraph } from "@apollo/federation-internals";
import { buildEventsSchema } from "@psg/events";
import { buildPartnersSchema } from "@psg/partners";
import { buildPaymentsSchema } from "@psg/payments";
import { DEFAULT_PORTS, printSubgraphSdl, type SubgraphName } from "@psg/shared";
import { buildVouchersSchema } from "@psg/vouchers";
import type { GraphQLSchema } from "graphql";
import { parse, printSchema } from "graphql";

/** The public API schema clients see (`@inaccessible` and federation's own parts removed), for client tooling. */
export const PUBLIC_SCHEMA_PATH = join(__dirname, "..", "..", "schema.graphql");

/** How each subgraph builds its schema. */
export const SUBGRAPH_SCHEMAS: Record<SubgraphName, () => Promise<GraphQLSchema>> = {
  partners: buildPartnersSchema,
  vouchers: buildVouchersSchema,
  payments: buildPaymentsSchema,
  events: buildEventsSchema,
};

/** Composes the subgraphs' SDL into the supergraph the gateway serves. */
export async function composeSupergraph(): Promise<string> {
  const services = await Promise.all(
    (Object.keys(SUBGRAPH_SCHEMAS) as SubgraphName[]).map(async (name) => ({
      name,
      url: `http://localhost:${DEFAULT_PORTS[name]}/graphql`,
      typeDefs: parse(printSubgraphSdl(await SUBGRAPH_SCHEMAS[name]())),
    })),
  );
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join("\n")}`);
  }
  return `${result.supergraphSdl.trim()}\n`;
}

/** The schema a client of the gateway sees, printed from a supergraph: what `schema.graphql` holds. */
export function publicSchemaOf(supergraphSdl: string): string {
  return `${printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema()).trim()}\n`;
}
