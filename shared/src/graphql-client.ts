/** A minimal GraphQL-over-HTTP client, as an integrator would write one. */
export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function graphqlRequest<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

export const bearer = (key: string | undefined): Record<string, string> => (key ? { authorization: `Bearer ${key}` } : {});

/** Like graphqlRequest, but any error is thrown with its code. */
export async function graphqlData<T>(
  url: string,
  key: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
  sandboxTime?: string,
): Promise<T> {
  const headers = { ...bearer(key), ...(sandboxTime ? { "x-sandbox-time": sandboxTime } : {}) };
  const body = await graphqlRequest<T>(url, query, variables, headers);
  if (body.errors?.length || !body.data) {
    const first = body.errors?.[0];
    throw new Error(`${first?.extensions?.code ?? "ERROR"}: ${first?.message ?? "no data"}`);
  }
  return body.data;
}
