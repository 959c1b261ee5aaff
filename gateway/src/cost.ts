import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  type ValueNode,
} from "graphql";
import { type ComplexityEstimatorArgs, getComplexity } from "graphql-query-complexity";

/** What a list field without a `first` argument is assumed to return, small, bounded collections (a catalog, a request's lines). */
export const ASSUMED_LIST_SIZE = 10;
/** What an entity fetch from another subgraph adds to the cost of the field that causes it. */
export const ENTITY_FETCH_COST = 10;
/** Beyond this many fields (fragments counted each time they are spread) an operation is refused outright. */
export const MAX_COST_NODES = 10_000;

const argument = (node: { arguments?: readonly { name: { value: string }; value: ValueNode }[] }, name: string) =>
  node.arguments?.find((a) => a.name.value === name)?.value;

const graphOf = (directive: { arguments?: readonly { name: { value: string }; value: ValueNode }[] }) => {
  const value = argument(directive, "graph");
  return value?.kind === Kind.ENUM ? [value.value] : [];
};

/** Where the supergraph says each field is resolved, and which subgraph is each entity's home. */
export interface Federation {
  /** Type → field → the subgraphs that resolve it. */
  fields: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
  /** Entity type (a type with a key in several subgraphs) → the subgraph resolving most of its fields. */
  homes: ReadonlyMap<string, string>;
}

/**
 * Reads the supergraph's join directives: a field is resolved by the graphs of its own
 * `@join__field`s (external ones aside), else by every graph of its type's `@join__type`s.
 */
export function readFederation(supergraphSdl: string): Federation {
  const fields = new Map<string, Map<string, string[]>>();
  const homes = new Map<string, string>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const joins = (definition.directives ?? []).filter((d) => d.name.value === "join__type");
    const typeGraphs = joins.flatMap(graphOf);
    const byField = new Map<string, string[]>();
    for (const field of definition.fields ?? []) {
      const fieldJoins = (field.directives ?? []).filter((d) => d.name.value === "join__field");
      const resolving = fieldJoins.filter((d) => {
        const external = argument(d, "external");
        return !(external?.kind === Kind.BOOLEAN && external.value);
      });
      byField.set(field.name.value, fieldJoins.length > 0 ? resolving.flatMap(graphOf) : typeGraphs);
    }
    fields.set(definition.name.value, byField);
    if (joins.filter((d) => argument(d, "key")).length > 1) {
      const counts = typeGraphs.map((graph) => [...byField.values()].filter((graphs) => graphs.includes(graph)).length);
      homes.set(definition.name.value, typeGraphs[counts.indexOf(Math.max(...counts))]);
    }
  }
  return { fields, homes };
}

/**
 * Whether resolving `field` of `type` makes the gateway fetch an entity from another
 * subgraph: the field is one another subgraph adds to the entity (`Partner.vouchers`), or
 * it leads from one subgraph to an entity whose home is another (`Voucher.reservedBy`).
 */
export function fetchesEntity(federation: Federation, type: string, field: string, returns: string): boolean {
  const graphs = federation.fields.get(type)?.get(field) ?? [];
  if (graphs.length === 0) return false;
  const home = federation.homes.get(type);
  const target = federation.homes.get(returns);
  return (home !== undefined && !graphs.includes(home)) || (target !== undefined && !graphs.includes(target));
}

export interface CostQuestion {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown>;
}

/**
 * The cost of one operation (graphql-query-complexity with our estimator): an object costs
 * 1 and a scalar 0; a list multiplies its element's cost by `first` (or ASSUMED_LIST_SIZE),
 * except a connection's edges, which `first` already counted; a field that fetches an
 * entity from another subgraph adds ENTITY_FETCH_COST; introspection is free.
 *
 * An operation too large to price (fragments spread into more than MAX_COST_NODES fields)
 * costs Infinity; variables that do not coerce throw their GraphQLError.
 */
export function costCalculator(supergraphSdl: string): (question: CostQuestion) => number {
  const federation = readFederation(supergraphSdl);
  const estimate = ({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number => {
    if (field.name.startsWith("__")) return 0;
    const named = getNamedType(field.type);
    const fetch = fetchesEntity(federation, type.name, field.name, named.name) ? ENTITY_FETCH_COST : 0;
    const own = isCompositeType(named) ? 1 : 0;
    const nullable = isNonNullType(field.type) ? field.type.ofType : field.type;
    const first = typeof args.first === "number" ? Math.max(args.first, 0) : undefined;
    const size = first ?? (isListType(nullable) && !type.name.endsWith("Connection") ? ASSUMED_LIST_SIZE : 1);
    return fetch + size * (own + childComplexity);
  };
  // Apollo hands every request of one query text the same parsed document: its cost for the
  // same operation and variables is worked out once
  const known = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = (question: CostQuestion): number => {
    const key = `${question.operationName ?? ""}\u0000${JSON.stringify(question.variables ?? {})}`;
    let costs = known.get(question.document);
    const hit = costs?.get(key);
    if (hit !== undefined) return hit;
    const cost = computeCost(question);
    if (!costs) {
      costs = new Map();
      known.set(question.document, costs);
    }
    if (costs.size >= COSTS_PER_DOCUMENT) costs.clear();
    costs.set(key, cost);
    return cost;
  };
  const computeCost = ({ schema, document, operationName, variables }: CostQuestion): number => {
    try {
      return getComplexity({
        schema,
        query: document,
        operationName: operationName ?? undefined,
        variables,
        estimators: [estimate],
        maxQueryNodes: MAX_COST_NODES,
      });
    } catch (error) {
      if (error instanceof GraphQLError && error.message.startsWith("Query exceeds the maximum allowed number of nodes")) {
        return Number.POSITIVE_INFINITY;
      }
      throw error;
    }
  };
  return costOf;
}

/** Variable sets remembered per document; a document asked with more starts over. */
const COSTS_PER_DOCUMENT = 64;
