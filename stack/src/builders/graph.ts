/**
 * How a builder speaks to the graph: as a client would, through the gateway, with a key and
 * optionally at a sandbox time; it returns the data or throws.
 */
export type GraphCall = <T>(key: string, query: string, variables?: Record<string, unknown>, at?: string) => Promise<T>;

/** A graph to build in: the call, and the operator's key that creates organisations and keys. */
export interface Graph {
  call: GraphCall;
  operatorKey: string;
}

/** Runs a mutation with one `input` as the operator and returns its single result. */
export async function asOperator<T>(graph: Graph, mutation: string, input: Record<string, unknown>, at?: string): Promise<T> {
  const data = await graph.call<Record<string, T>>(graph.operatorKey, mutation, { input }, at);
  return Object.values(data)[0];
}
