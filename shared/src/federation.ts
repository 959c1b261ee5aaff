import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import type { GraphQLSchema } from "graphql";
import gql from "graphql-tag";
import { type BuildSchemaOptions, buildSchema, createResolversMap } from "type-graphql";
import { authChecker } from "./authorization";
import { DateTimeScalar } from "./scalars";

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])`;

export type ReferenceResolvers = Record<string, { __resolveReference: (...args: never[]) => unknown }>;

/**
 * type-graphql classes → a federation 2 subgraph schema, with the one auth checker behind
 * every `@Authorized`. Reference resolvers are added by
 * hand because type-graphql does not know about them.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, "skipCheck" | "scalarsMap" | "authChecker">,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    ...options,
    authChecker,
    skipCheck: true,
    validate: false,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
  });
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...reference };
  }
  return buildSubgraphSchema([
    {
      typeDefs: gql`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`,
      resolvers: resolvers as GraphQLResolverMap<unknown>,
    },
  ]);
}

/** The SDL a subgraph contributes to composition. */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  return printSchemaWithDirectives(schema);
}
