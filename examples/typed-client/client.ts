/**
 * A typed client of the graph: plain fetch, and the types `npm run codegen` generates from
 * README.md's operations. Every document, result and set of variables is checked by tsc:
 * a misspelt field or a missing variable does not compile.
 *
 *   npx tsc -p examples/typed-client
 *   PSG_KEY=<a partner key printed by npm start> node examples/typed-client/dist/client.js
 */
import {
  PartnerVouchersDocument,
  type PartnerVouchersQuery,
  type TypedDocumentString,
  ViewerDocument,
  type ViewerQuery,
} from "./generated/graphql";

/** A GraphQL error as the gateway answers it: a sentence and the program's code. */
export class GraphError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export interface Client {
  /** Runs one operation; its variables are required exactly when the operation declares some. */
  execute<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    ...variables: TVariables extends Record<string, never> ? [] : [TVariables]
  ): Promise<TResult>;
}

/** A client of the gateway at `url` (its /graphql endpoint) with one API key. */
export function createClient(url: string, apiKey: string): Client {
  return {
    async execute(document, ...[variables]) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
      const [error] = body.errors ?? [];
      if (error) throw new GraphError(error.message, error.extensions?.code);
      if (!body.data) throw new GraphError(`HTTP ${response.status} without data`, undefined);
      return body.data as never;
    },
  };
}

/** Who the key is, and for a partner's key its reserved vouchers and its engagements. */
export async function partnerOverview(
  client: Client,
): Promise<{ viewer: ViewerQuery["viewer"]; partner: PartnerVouchersQuery["partner"] | undefined }> {
  const { viewer } = await client.execute(ViewerDocument);
  if (viewer.organizationKind !== "PARTNER" || !viewer.organizationId) return { viewer, partner: undefined };
  const { partner } = await client.execute(PartnerVouchersDocument, { partnerId: viewer.organizationId });
  return { viewer, partner };
}

async function main(): Promise<void> {
  const key = process.env.PSG_KEY;
  if (!key) throw new Error("PSG_KEY must be set to an API key (npm start prints one per role)");
  const client = createClient(process.env.PSG_URL ?? "http://localhost:4000/graphql", key);
  const { viewer, partner } = await partnerOverview(client);
  process.stdout.write(`${viewer.organizationKind} ${viewer.organizationId ?? "-"}: ${viewer.roles.join(", ")}\n`);
  for (const { node } of partner?.vouchers?.edges ?? []) {
    process.stdout.write(`  ${node.number} of ${node.customer?.name ?? "?"}, expires ${node.expiresAt}\n`);
  }
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
