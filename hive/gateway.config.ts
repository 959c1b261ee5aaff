import { defineConfig } from "@graphql-hive/gateway";
import { GraphQLError } from "graphql";

// Hive Gateway in place of ours, on the same supergraph.graphql:
//   npx hive-gateway supergraph ../supergraph.graphql --port 4000
// It forwards what our gateway forwards, adds the secret every subgraph requires, and
// applies the same operation limits where Hive has them.

const secret = process.env.INTERNAL_SECRET;
if (!secret || secret.length < 32) {
  // a gateway without the secret would only ever get refusals: stop before serving
  throw new Error("INTERNAL_SECRET must be set (at least 32 characters): the subgraphs refuse requests without it");
}

/** The client headers a subgraph sees: identity, sandbox time, idempotency and the request id. */
const PROPAGATED = ["authorization", "x-sandbox-time", "idempotency-key", "x-request-id"];

const wholeNumber = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number above 0, got "${raw}"`);
  return value;
};

/** Subgraph addresses from the environment, as our gateway reads them; else the supergraph's. */
const subgraphUrls = Object.fromEntries(
  (["partners", "vouchers", "payments"] as const).flatMap((name) => {
    const url = process.env[`${name.toUpperCase()}_URL`];
    return url ? [[name, { location: url }]] : [];
  }),
);

export const gatewayConfig = defineConfig({
  transportEntries: subgraphUrls,
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({
      ...Object.fromEntries(PROPAGATED.map((name) => [name, request.headers.get(name)])),
      "x-internal-secret": secret,
    }),
  },
  upstreamTimeout: wholeNumber("SUBGRAPH_TIMEOUT_MS", 10_000),
  maxDepth: wholeNumber("MAX_QUERY_DEPTH", 15),
  maxTokens: 5_000,
  blockFieldSuggestions: process.env.NODE_ENV === "production",
  disableIntrospection: process.env.NODE_ENV === "production" ? {} : undefined,
  landingPage: false,
  plugins: () => [
    {
      // variables that do not coerce fail before execution without a code: BAD_USER_INPUT, as api.md and Apollo say
      onExecute: () => ({
        onExecuteDone: ({ result, setResult }) => {
          if (!("errors" in result) || !result.errors || result.data !== undefined) return;
          setResult({
            ...result,
            errors: result.errors.map((error) =>
              error.extensions?.code
                ? error
                : new GraphQLError(error.message, {
                    nodes: error.nodes,
                    extensions: { ...error.extensions, code: "BAD_USER_INPUT" },
                  }),
            ),
          });
        },
      }),
    },
  ],
});
