import type { IncomingHttpHeaders } from "node:http";
import type { RemoteGraphQLDataSource } from "@apollo/gateway";
import { Kind } from "graphql";
import { Pool } from "undici";

type Fetcher = RemoteGraphQLDataSource["fetcher"];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;
type FetcherHeaders = FetcherResponse["headers"];
type ProcessOptions = Parameters<RemoteGraphQLDataSource["process"]>[0];

/**
 * Set by the gateway on a subgraph request that may share an identical one in flight (a
 * read of a query operation). It is taken off before the request leaves: subgraphs never
 * see it. Without it, a request always goes out on its own.
 */
export const MAY_SHARE_HEADER = "x-gateway-may-share";

/**
 * Whether a subgraph request only reads: it belongs to a client query (never to a mutation,
 * not even the reads that follow a mutation's write) and is itself a query.
 */
export function isRead(options: ProcessOptions): boolean {
  if (!("incomingRequestContext" in options)) return false; // health checks and schema loading
  if (options.incomingRequestContext.operation?.operation !== "query") return false;
  if (options.document) {
    return options.document.definitions.every((d) => d.kind !== Kind.OPERATION_DEFINITION || d.operation === "query");
  }
  const text = options.request.query?.trimStart() ?? "";
  return text.startsWith("{") || text.startsWith("query");
}

export interface SubgraphFetcherOptions {
  /** Whole-request deadline (SUBGRAPH_TIMEOUT_MS): connecting, sending and reading the body. */
  timeoutMs: number;
  /** Merge identical in-flight reads (default on). */
  shareInFlight?: boolean;
  /** Most sockets open to one subgraph at once; further requests queue. */
  connections?: number;
}

/** What one trip to a subgraph brought back, shared by every caller that waited for it. */
interface Answer {
  url: string;
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export class SubgraphTimeoutError extends Error {
  constructor(url: string, ms: number) {
    super(`${url} did not answer within ${ms} ms`);
    this.name = "SubgraphTimeoutError";
  }
}

const STATUS_TEXT: Record<number, string> = { 200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden" };

/** The read-only headers of an answer, in the shape @apollo/gateway reads (`get`, iteration). */
class AnswerHeaders implements FetcherHeaders {
  constructor(private readonly raw: IncomingHttpHeaders) {}
  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(", ") : value;
  }
  has(name: string): boolean {
    return this.raw[name.toLowerCase()] !== undefined;
  }
  *entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.raw)) yield [name, this.get(name) as string];
  }
  *keys(): IterableIterator<string> {
    yield* Object.keys(this.raw);
  }
  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
  append(): void {
    throw new TypeError("subgraph response headers are read-only");
  }
  set(): void {
    throw new TypeError("subgraph response headers are read-only");
  }
  delete(): void {
    throw new TypeError("subgraph response headers are read-only");
  }
}

/**
 * One caller's view of an answer. The body text may be shared with other callers, but each
 * caller parses its own copy: @apollo/gateway merges subgraph data into its result in
 * place, so two operations must never hold the same objects.
 */
class AnswerResponse implements FetcherResponse {
  bodyUsed = false;
  readonly redirected = false;
  readonly headers: AnswerHeaders;
  constructor(private readonly answer: Answer) {
    this.headers = new AnswerHeaders(answer.headers);
  }
  get url(): string {
    return this.answer.url;
  }
  get status(): number {
    return this.answer.status;
  }
  get statusText(): string {
    return this.answer.statusText;
  }
  get ok(): boolean {
    return this.answer.status >= 200 && this.answer.status < 300;
  }
  async text(): Promise<string> {
    this.bodyUsed = true;
    return this.answer.body;
  }
  async json(): Promise<unknown> {
    this.bodyUsed = true;
    return JSON.parse(this.answer.body);
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    this.bodyUsed = true;
    const bytes = Buffer.from(this.answer.body);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
  clone(): FetcherResponse {
    return new AnswerResponse(this.answer);
  }
}

/**
 * The gateway's HTTP client to one subgraph: a pool of keep-alive connections (one request
 * at a time on each, no pipelining), a deadline per request, no retries, and identical
 * reads in flight merged into one trip. Two requests are identical when URL, every header
 * sent (so the caller's Authorization and x-sandbox-time among them) and body are equal.
 */
export class SubgraphFetcher {
  private readonly pools = new Map<string, Pool>();
  private readonly inFlight = new Map<string, Promise<Answer>>();
  private trips = 0;
  private shared = 0;

  constructor(private readonly options: SubgraphFetcherOptions) {}

  /** A function with the signature @apollo/gateway's RemoteGraphQLDataSource calls. */
  readonly fetch: Fetcher = async (url: string, init?: FetcherRequestInit): Promise<FetcherResponse> => {
    const method = init?.method ?? "POST";
    const body = typeof init?.body === "string" ? init.body : (init?.body?.toString("utf8") ?? "");
    const headers: Record<string, string> = {};
    let mayShare = false;
    for (const [name, value] of Object.entries(init?.headers ?? {})) {
      const lower = name.toLowerCase();
      if (lower === MAY_SHARE_HEADER) mayShare = value === "1";
      else headers[lower] = value;
    }
    if (!mayShare || method !== "POST" || this.options.shareInFlight === false) {
      return new AnswerResponse(await this.trip(url, method, headers, body));
    }
    const identity = requestIdentity(url, headers, body);
    let pending = this.inFlight.get(identity);
    if (pending) {
      this.shared++;
    } else {
      pending = this.trip(url, method, headers, body).finally(() => this.inFlight.delete(identity));
      this.inFlight.set(identity, pending);
    }
    return new AnswerResponse(await pending);
  };

  /** Trips made and requests that rode on another's trip, since start. */
  get stats(): { trips: number; shared: number; inFlight: number } {
    return { trips: this.trips, shared: this.shared, inFlight: this.inFlight.size };
  }

  async close(): Promise<void> {
    const pools = [...this.pools.values()];
    this.pools.clear();
    await Promise.all(pools.map((pool) => pool.close()));
  }

  private pool(origin: string): Pool {
    let pool = this.pools.get(origin);
    if (!pool) {
      pool = new Pool(origin, {
        connections: this.options.connections ?? 64,
        pipelining: 1,
        keepAliveTimeout: 30_000,
      });
      this.pools.set(origin, pool);
    }
    return pool;
  }

  private async trip(url: string, method: string, headers: Record<string, string>, body: string): Promise<Answer> {
    this.trips++;
    const target = new URL(url);
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new SubgraphTimeoutError(url, this.options.timeoutMs)), this.options.timeoutMs);
    try {
      const response = await this.pool(target.origin).request({
        path: target.pathname + target.search,
        method: method as "POST",
        headers,
        body,
        signal: abort.signal,
      });
      const text = await response.body.text();
      return {
        url,
        status: response.statusCode,
        statusText: response.statusText || STATUS_TEXT[response.statusCode] || "",
        headers: response.headers,
        body: text,
      };
    } catch (error) {
      throw abort.signal.aborted ? abort.signal.reason : error;
    } finally {
      clearTimeout(timer);
    }
  }
}

/** URL, headers (sorted by name) and body: what makes two subgraph requests the same request. */
/**
 * Headers that tell requests apart for correlation only (each request has its own id and
 * trace): they never change an answer, so they are not part of a request's identity. A
 * request that rides on another's trip is logged by the subgraph under the first one's id.
 */
const CORRELATION_HEADERS = new Set(["x-request-id", "traceparent", "tracestate"]);

export function requestIdentity(url: string, headers: Record<string, string>, body: string): string {
  const names = Object.keys(headers)
    .filter((name) => !CORRELATION_HEADERS.has(name))
    .sort();
  let identity = url;
  for (const name of names) identity += `\n${name}: ${headers[name]}`;
  return `${identity}\n\n${body}`;
}
