import type { ApolloServerPlugin } from "@apollo/server";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { DomainError, type OperationLimits, type PublicExtensions } from "@psg/shared";
import {
  type ASTVisitor,
  GraphQLError,
  type GraphQLFormattedError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import type { CostQuestion } from "./cost";

/** The names `extensions.limit` gives each limit, as api.md lists them. */
export type LimitName = "depth" | "aliases" | "rootFields" | "directives" | "tokens" | "cost";

/** Every refusal by a limit: QUERY_TOO_COMPLEX, HTTP 400, the limit named. */
export const tooComplex = (limit: LimitName, message: string, details: PublicExtensions = {}): DomainError =>
  new DomainError("QUERY_TOO_COMPLEX", message, 400, { limit, ...details });

/** GraphQL Armor's rules report through us, so that their refusals carry our code and the limit's name. */
const reportAs = (limit: LimitName, maximum: number) => (context: ValidationContext | null, error: GraphQLError) =>
  context?.reportError(tooComplex(limit, error.message.replace(/^Syntax Error: /, ""), { maximum }));

const armor = (limit: LimitName, n: number) => ({
  n,
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [reportAs(limit, n)],
});

/** Root fields of an operation, fragments followed; `__typename` is free. */
function rootFields(set: SelectionSetNode, context: ValidationContext, counted: Map<string, number>): number {
  let count = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) count += selection.name.value === "__typename" ? 0 : 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += rootFields(selection.selectionSet, context, counted);
    else {
      const name = selection.name.value;
      if (!counted.has(name)) {
        counted.set(name, 0); // a cycle counts nothing: NoFragmentCyclesRule refuses it
        const fragment = context.getFragment(name);
        counted.set(name, fragment ? rootFields(fragment.selectionSet, context, counted) : 0);
      }
      count += counted.get(name) ?? 0;
    }
  }
  return count;
}

/** GraphQL Armor has no root-field limit: this rule is the one we add. */
export const maxRootFieldsRule =
  (max: number): ValidationRule =>
  (context): ASTVisitor => ({
    OperationDefinition(operation) {
      const count = rootFields(operation.selectionSet, context, new Map());
      if (count > max) {
        context.reportError(tooComplex("rootFields", `Root fields limit of ${max} exceeded, found ${count}.`, { maximum: max }));
      }
    },
  });

/** The limits that depend on the document alone, run once per document with Apollo's validation. */
export const limitRules = (limits: OperationLimits): ValidationRule[] => [
  maxDepthRule({ ...armor("depth", limits.depth), flattenFragments: true, ignoreIntrospection: true }) as ValidationRule,
  maxAliasesRule(armor("aliases", limits.aliases)) as ValidationRule,
  maxDirectivesRule(armor("directives", limits.directives)) as ValidationRule,
  maxRootFieldsRule(limits.rootFields),
];

/** graphql-js's own words when the parser's `maxTokens` stops it. */
const TOKEN_LIMIT = /^Syntax Error: Document contains more that (\d+) tokens\. Parsing aborted\.$/;

/**
 * The parser refuses a document past `maxTokens` as a syntax error, before it has read the
 * rest of it; the client hears which limit that was.
 */
export function tokenLimitAsTooComplex(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const match = formatted.extensions?.code === "GRAPHQL_PARSE_FAILED" ? TOKEN_LIMIT.exec(formatted.message) : null;
  if (!match) return formatted;
  const maximum = Number(match[1]);
  return {
    message: `Token limit of ${maximum} exceeded.`,
    extensions: { code: "QUERY_TOO_COMPLEX", limit: "tokens", maximum },
  };
}

/** What Apollo leaves to us once an operation is chosen: that there is one, and its cost. */
export function operationChecks(limits: OperationLimits, costOf: (question: CostQuestion) => number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) {
            const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
            throw new DomainError(
              "OPERATION_RESOLUTION_FAILURE",
              request.operationName
                ? `The document has no operation named "${request.operationName}".`
                : `The document holds ${operations} operations: name the one to run in operationName.`,
              400,
            );
          }
          const anonymous = !request.http?.headers.get("authorization");
          const maximum = anonymous ? limits.anonymousCost : limits.cost;
          let cost: number;
          try {
            cost = costOf({ schema, document, operationName: request.operationName, variables: request.variables });
          } catch (error) {
            // variables that do not coerce: execution refuses them before any subgraph is asked
            if (error instanceof GraphQLError) return;
            throw error;
          }
          if (cost > maximum) {
            throw tooComplex(
              "cost",
              `The operation costs ${Number.isFinite(cost) ? cost : "more than can be counted"}; at most ${maximum} is allowed${
                anonymous ? " without an API key" : ""
              }. Ask for fewer items (first) or fewer nested lists.`,
              { cost: Number.isFinite(cost) ? cost : "too large to count", maximum },
            );
          }
        },
      };
    },
  };
}
