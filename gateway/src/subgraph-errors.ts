import type { GraphQLFormattedError } from "graphql";
import { type DocumentNode, Kind, parse, type SelectionSetNode } from "graphql";

/**
 * A subgraph answered with GraphQL errors and a non-2xx status (a request it refused): its
 * errors reach the client as it said them, never as an outage.
 */
export class SubgraphAnswer extends Error {
  constructor(readonly errors: GraphQLFormattedError[]) {
    super("the subgraph refused the request");
  }
}

/** A 4xx without GraphQL errors: the gateway asked wrongly, a bug to log, not an outage. */
export class SubgraphMisuse extends Error {
  constructor(subgraph: string, status: number) {
    super(`The ${subgraph} subgraph answered HTTP ${status} without GraphQL errors.`);
  }
}

/** The GraphQL errors of a subgraph's non-2xx answer, if its body has any. */
export function errorsOfBody(body: unknown): GraphQLFormattedError[] | undefined {
  const errors = (body as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) && errors.length > 0 && errors.every((e) => typeof e?.message === "string")
    ? (errors as GraphQLFormattedError[])
    : undefined;
}

/** Response names of the fields a selection asks of an object of `typename`, fragments followed. */
function fieldsAsked(set: SelectionSetNode, typename: string | undefined, document: DocumentNode): string[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) {
      return selection.name.value === "__typename" ? [] : [selection.alias?.value ?? selection.name.value];
    }
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT
        ? selection
        : document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
    if (!fragment || !("selectionSet" in fragment) || !fragment.selectionSet) return [];
    const condition = "typeCondition" in fragment ? fragment.typeCondition?.name.value : undefined;
    return condition === undefined || condition === typename ? fieldsAsked(fragment.selectionSet, typename, document) : [];
  });
}

/**
 * One error for each field a subgraph operation would have filled, at its path: root fields
 * at theirs, and for an entity fetch each entity's fields at `_entities.i.field`, which the
 * gateway maps to their place in the client's answer. The rest of the answer stays.
 */
export function errorsAtFetchedPaths(
  request: { query?: string; variables?: Record<string, unknown> },
  document: DocumentNode | undefined,
  error: { message: string; code: string },
): GraphQLFormattedError[] {
  const operationDocument = document ?? parse(request.query ?? "{ __typename }");
  const operation = operationDocument.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return [];
  const representations = request.variables?.representations;
  const at = (path: (string | number)[]): GraphQLFormattedError => ({
    message: error.message,
    path,
    extensions: { code: error.code },
  });
  return operation.selectionSet.selections.flatMap((selection) => {
    if (selection.kind !== Kind.FIELD) return [];
    const name = selection.alias?.value ?? selection.name.value;
    if (selection.name.value !== "_entities" || !Array.isArray(representations) || !selection.selectionSet) return [at([name])];
    const set = selection.selectionSet;
    return representations.flatMap((representation: { __typename?: string }, i) =>
      fieldsAsked(set, representation?.__typename, operationDocument).map((field) => at([name, i, field])),
    );
  });
}
