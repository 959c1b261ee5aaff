import { graphqlData } from "@psg/shared";

export interface DemoKey {
  label: string;
  secret: string;
}

/** What demo seeds share: the API, the keys made so far, and the ids later seeds need. */
export class DemoSeed {
  readonly keys: DemoKey[] = [];
  readonly ids: Record<string, string> = {};

  constructor(
    readonly url: string,
    readonly operatorKey: string,
  ) {}

  /** Runs an operation as the operator. */
  operator<T>(query: string, variables: Record<string, unknown> = {}, at?: string): Promise<T> {
    return this.as<T>(this.operatorKey, query, variables, at);
  }

  as<T>(key: string, query: string, variables: Record<string, unknown> = {}, at?: string): Promise<T> {
    return graphqlData<T>(this.url, key, query, variables, at);
  }

  /** Creates a key for an organisation and remembers it for printing. */
  async key(label: string, organizationKind: string, organizationId: string | null, roles: string[]): Promise<string> {
    const data = await this.operator<{ createApiKey: { secret: string } }>(
      "mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }",
      { input: { name: `Demo: ${label}`, organizationKind, organizationId, roles } },
    );
    this.keys.push({ label, secret: data.createApiKey.secret });
    return data.createApiKey.secret;
  }
}
