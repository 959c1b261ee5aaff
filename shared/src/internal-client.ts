import type { Config, ServiceName, SubgraphName } from "./config";
import type { InternalQuery } from "./contracts/internal-query";
import { DomainError } from "./errors";
import type { Logger } from "./logger";
import { currentRequestId, REQUEST_ID_HEADER } from "./request-id";

export const INTERNAL_SECRET_HEADER = "x-internal-secret";
export const SERVICE_NAME_HEADER = "x-service-name";

/**
 * The one way a subgraph asks another a question: a GraphQL call carrying the internal
 * secret and the caller's name, with a timeout. Any failure is SERVICE_UNAVAILABLE, so
 * the mutation that asked writes nothing.
 */
export class InternalClient {
  constructor(
    private readonly caller: ServiceName,
    private readonly config: Pick<Config, "internalSecret" | "subgraphUrls" | "internalTimeoutMs">,
    private readonly log: Logger,
  ) {}

  /** Asks one endpoint of a typed contract (`shared/src/contracts/`). */
  ask<Variables, Result>(query: InternalQuery<Variables, Result>, variables: Variables): Promise<Result> {
    return this.query<Result>(query.target, query.text, variables as Record<string, unknown>);
  }

  private async query<T>(target: SubgraphName, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const url = this.config.subgraphUrls[target];
    let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          [INTERNAL_SECRET_HEADER]: this.config.internalSecret,
          [SERVICE_NAME_HEADER]: this.caller,
          ...requestIdHeader(),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.config.internalTimeoutMs),
      });
      body = (await response.json()) as typeof body;
    } catch (error) {
      this.log.error({ err: error, target }, "internal call failed");
      throw unavailable(target);
    }
    if (body.errors?.length || body.data === undefined) {
      this.log.error({ errors: body.errors, target }, "internal call answered with errors");
      throw unavailable(target);
    }
    return body.data;
  }
}

const requestIdHeader = (): Record<string, string> => {
  const id = currentRequestId();
  return id === undefined ? {} : { [REQUEST_ID_HEADER]: id };
};

const unavailable = (target: string) =>
  new DomainError("SERVICE_UNAVAILABLE", `The ${target} service could not be reached; nothing was changed. Try again.`);
