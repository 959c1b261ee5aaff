import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
import { expressMiddleware } from "@as-integrations/express5";
import {
  BODY_LIMIT,
  bodyErrorHandler,
  type Config,
  closeServer,
  currentScope,
  DomainError,
  enterRequestScope,
  INTERNAL_SECRET_HEADER,
  type Logger,
  listen,
  maskedErrors,
  ORGANIZATION_HEADER,
  observeRequests,
  operationRecorder,
  REQUEST_ID_HEADER,
  type RequestScope,
  type RunningServer,
  SANDBOX_TIME_HEADER,
  ServiceMetrics,
  SUBGRAPHS,
  scopeOf,
  serviceApp,
  telemetryRunning,
} from "@psg/shared";
import express from "express";
import { corsFor } from "./cors";
import { depthLimit, RateLimiter } from "./limits";
import { sandboxLandingPage } from "./sandbox";
import { readSupergraph } from "./supergraph";

interface GatewayContext {
  headers: Record<string, string | string[] | undefined>;
  scope: RequestScope;
}

/** The only client headers a subgraph sees: identity and sandbox time. */
export const PROPAGATED_HEADERS = ["authorization", SANDBOX_TIME_HEADER] as const;

/** W3C trace context, relayed as it came when no OpenTelemetry SDK makes spans of its own. */
const TRACE_HEADERS = ["traceparent", "tracestate"] as const;

class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    private readonly config: Config,
    private readonly log: Logger,
    metrics: ServiceMetrics,
  ) {
    super({
      url,
      // keep-alive comes with Node's fetch; the timeout and the absence of retries are ours
      fetcher: (async (input: string, init: RequestInit) => {
        const started = performance.now();
        let outcome: "ok" | "error" = "error";
        try {
          const response = await fetch(input, { ...init, signal: AbortSignal.timeout(config.subgraphTimeoutMs) });
          if (response.ok) outcome = "ok";
          return response;
        } finally {
          metrics.observeSubgraphFetch(serviceName, outcome, (performance.now() - started) / 1000);
        }
      }) as never,
    });
  }

  override willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["willSendRequest"]>>[0]) {
    for (const name of PROPAGATED_HEADERS) {
      const value = context.headers?.[name];
      if (typeof value === "string") request.http?.headers.set(name, value);
    }
    if (!telemetryRunning()) {
      for (const name of TRACE_HEADERS) {
        const value = context.headers?.[name];
        if (typeof value === "string") request.http?.headers.set(name, value);
      }
    }
    if (context.scope) request.http?.headers.set(REQUEST_ID_HEADER, context.scope.requestId);
    request.http?.headers.set(INTERNAL_SECRET_HEADER, this.config.internalSecret);
  }

  override async didReceiveResponse({
    response,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["didReceiveResponse"]>>[0]) {
    const organization = response.http?.headers.get(ORGANIZATION_HEADER);
    if (organization && context.scope) context.scope.organization = organization;
    return response;
  }

  override didEncounterError(error: Error): void {
    this.log.error({ err: error, subgraph: this.serviceName }, "subgraph request failed");
    throw new DomainError("SERVICE_UNAVAILABLE", `The ${this.serviceName} part of the graph is unavailable; try again.`);
  }
}

async function isReady(url: string): Promise<boolean> {
  try {
    const response = await fetch(new URL("/ready", url), { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** The public endpoint: one graph composed from the three subgraphs. */
export async function startGateway(config: Config, log: Logger): Promise<RunningServer> {
  // @apollo/gateway reports its own usage to Apollo unless told not to: an operator opts in
  // by setting APOLLO_TELEMETRY_DISABLED=false
  process.env.APOLLO_TELEMETRY_DISABLED ??= "true";
  const metrics = new ServiceMetrics("gateway");
  const gateway = new ApolloGateway({
    supergraphSdl: readSupergraph(),
    // subgraph addresses come from configuration, not from the composed file
    buildService: ({ name, url }) =>
      new SubgraphDataSource(name, config.subgraphUrls[name as never] ?? url, config, log, metrics),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !config.production,
    validationRules: [depthLimit(config.maxQueryDepth)],
    includeStacktraceInErrorResponses: false,
    plugins: [
      config.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false, ...sandboxLandingPage(config) }),
      operationRecorder(currentScope, metrics.operations),
      ...(config.apolloUsageReporting
        ? []
        : [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled()]),
    ],
    formatError: maskedErrors(log),
  });
  await apollo.start();

  const limiter = new RateLimiter(config.rateLimitPerMinute);
  const app = serviceApp("gateway");
  app.use(corsFor(config.corsOrigins));
  observeRequests(app, log, metrics);
  app.get("/ready", async (_req, res) => {
    const checks = await Promise.all(
      SUBGRAPHS.map(async (name) => [name, (await isReady(config.subgraphUrls[name])) ? "ready" : "unavailable"] as const),
    );
    const ready = checks.every(([, status]) => status === "ready");
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "unavailable", subgraphs: Object.fromEntries(checks) });
  });
  app.use(
    "/graphql",
    express.json({ limit: BODY_LIMIT }),
    bodyErrorHandler,
    enterRequestScope,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        limiter.check(req.headers.authorization, req.socket.remoteAddress);
        return { headers: req.headers, scope: scopeOf(res) };
      },
    }),
  );
  app.get("/", (_req, res) => res.redirect("/graphql"));

  const { server, port } = await listen(app, config.port, config.host);
  log.info({ port }, "gateway listening");
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    close: async () => {
      await closeServer(server);
      await apollo.stop();
    },
  };
}
