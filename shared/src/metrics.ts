import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestHandler } from "express";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { DataSource } from "typeorm";
import { isKnownCode } from "./errors";

/** At most this many operation names get their own series; the rest count as "other". */
export const MAX_OPERATION_NAMES = 100;

const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
// the gateway names a subgraph's part of an operation `<client's name>__<subgraph>__<n>`
const GATEWAY_SUFFIX = /__[a-z0-9]+__\d+$/;
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Keeps label values bounded whatever clients send. */
export class OperationNames {
  private readonly known = new Set<string>();
  constructor(private readonly max = MAX_OPERATION_NAMES) {}

  label(given: string | null | undefined): string {
    const name = given?.replace(GATEWAY_SUFFIX, "");
    if (name === undefined || name === "") return "anonymous";
    if (!OPERATION_NAME.test(name)) return "other";
    if (this.known.has(name)) return name;
    if (this.known.size >= this.max) return "other";
    this.known.add(name);
    return name;
  }
}

/** A code label: the program's codes and INTERNAL_SERVER_ERROR, "OK" without error. */
export const codeLabel = (code: string | undefined): string =>
  code === undefined ? "OK" : isKnownCode(code) || code === "INTERNAL_SERVER_ERROR" ? code : "other";

/** One service's Prometheus series, served at GET /metrics. */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly operations = new OperationNames();
  private readonly requests: Counter<"operation" | "code" | "status">;
  private readonly duration: Histogram<"operation" | "code">;
  private subgraphFetch?: Histogram<"subgraph" | "outcome">;

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    // process CPU, memory, handles, GC and event-loop lag (nodejs_eventloop_lag_seconds)
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 20 });
    this.requests = new Counter({
      name: "graphql_requests_total",
      help: "GraphQL requests by operation name, first error code (OK without error) and HTTP status.",
      labelNames: ["operation", "code", "status"],
      registers: [this.registry],
    });
    this.duration = new Histogram({
      name: "graphql_request_duration_seconds",
      help: "Time from receiving a GraphQL request to sending its response.",
      labelNames: ["operation", "code"],
      buckets: LATENCY_BUCKETS,
      registers: [this.registry],
    });
  }

  observeRequest(operation: string, code: string, status: number, seconds: number): void {
    this.requests.inc({ operation, code, status: String(status) });
    this.duration.observe({ operation, code }, seconds);
  }

  /** The gateway's time per subgraph fetch. */
  observeSubgraphFetch(subgraph: string, outcome: "ok" | "error", seconds: number): void {
    this.subgraphFetch ??= new Histogram({
      name: "gateway_subgraph_fetch_duration_seconds",
      help: "Time of one fetch from the gateway to a subgraph.",
      labelNames: ["subgraph", "outcome"],
      buckets: LATENCY_BUCKETS,
      registers: [this.registry],
    });
    this.subgraphFetch.observe({ subgraph, outcome }, seconds);
  }

  /** Connections of the TypeORM pool: open, idle, and callers waiting for one. */
  watchPool(db: DataSource): void {
    const pool = () =>
      (db.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master;
    new Gauge({
      name: "db_pool_connections",
      help: "Database pool connections by state (total, idle, waiting for a connection).",
      labelNames: ["state"],
      registers: [this.registry],
      collect() {
        const p = pool();
        this.set({ state: "total" }, p?.totalCount ?? 0);
        this.set({ state: "idle" }, p?.idleCount ?? 0);
        this.set({ state: "waiting" }, p?.waitingCount ?? 0);
      },
    });
    new Gauge({
      name: "db_pool_max_connections",
      help: "The most connections the database pool opens.",
      registers: [this.registry],
      collect() {
        this.set((db.options as { poolSize?: number }).poolSize ?? 10);
      },
    });
  }

  readonly handler: RequestHandler = async (_req, res) => {
    res.setHeader("content-type", this.registry.contentType);
    res.send(await this.registry.metrics());
  };
}

/** Apollo's view of the operation, written into the request's scope for the access log. */
export function operationRecorder(
  scope: () => { operationName?: string; code?: string } | undefined,
  names: OperationNames,
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName }) {
          const current = scope();
          if (current) current.operationName = names.label(operationName);
        },
        async willSendResponse({ response }) {
          const current = scope();
          if (!current || response.body.kind !== "single") return;
          const code = response.body.singleResult.errors?.[0]?.extensions?.code;
          if (typeof code === "string") current.code = code;
        },
      };
    },
  };
}
