import type { SubgraphName } from "../config";

/**
 * One internal endpoint as its callers see it: the subgraph that serves it, the query text,
 * and (for the compiler only) the variables it takes and the data it answers.
 */
export interface InternalQuery<Variables, Result> {
  readonly target: SubgraphName;
  readonly text: string;
  /** Never set: carries the variables and result types to `InternalClient.ask`. */
  readonly types?: { variables: Variables; result: Result };
}

export const internalQuery = <Variables, Result>(target: SubgraphName, text: string): InternalQuery<Variables, Result> => ({
  target,
  text,
});

/**
 * The GraphQL selection of every field of a result type; the object literal must name each
 * field exactly once, so the query text and the type cannot drift apart.
 */
export const selectionOf = <T>(fields: Record<keyof T & string, true>): string => Object.keys(fields).join(" ");
