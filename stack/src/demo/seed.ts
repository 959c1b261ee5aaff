import { graphqlData } from "@psg/shared";
import { createApiKey, type Graph, type KeySpec } from "../builders";

export interface DemoKey {
  label: string;
  secret: string;
}

/** What demo seeds share: the API, the keys made so far, and the ids later seeds need. */
export class DemoSeed {
  readonly keys: DemoKey[] = [];
  readonly ids: Record<string, string> = {};
  /** The graph as the builders speak to it. */
  readonly graph: Graph;

  constructor(
    readonly url: string,
    readonly operatorKey: string,
  ) {
    this.graph = { call: (key, query, variables, at) => this.as(key, query, variables, at), operatorKey };
  }

  /** Runs an operation as the operator. */
  operator<T>(query: string, variables: Record<string, unknown> = {}, at?: string): Promise<T> {
    return this.as<T>(this.operatorKey, query, variables, at);
  }

  as<T>(key: string, query: string, variables: Record<string, unknown> = {}, at?: string): Promise<T> {
    return graphqlData<T>(this.url, key, query, variables, at);
  }

  /** Creates a key for an organisation and remembers it for printing. */
  async key(
    label: string,
    organizationKind: KeySpec["organizationKind"],
    organizationId: string | null,
    roles: string[],
  ): Promise<string> {
    const secret = await createApiKey(this.graph, { name: `Demo: ${label}`, organizationKind, organizationId, roles });
    this.keys.push({ label, secret });
    return secret;
  }
}
