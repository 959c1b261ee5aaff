import { ApolloGateway, type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
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
  type Config,
  currentScope,
  enterRequestScope,
  graphqlBody,
  HttpDrain,
  IDEMPOTENCY_KEY_HEADER,
  INTERNAL_SECRET_HEADER,
  InternalClient,
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
import { GraphQLError } from "graphql";
import { corsFor } from "./cors";
import { costCalculator } from "./cost";
import { limitRules, operationChecks, tokenLimitAsTooComplex } from "./operation-limits";
import { RateLimits, rateLimitKeyVerifier } from "./rate-limits";
import { sandboxLandingPage } from "./sandbox";
import { errorsAtFetchedPaths, errorsOfBody, SubgraphAnswer, SubgraphMisuse } from "./subgraph-errors";
import { isRead, MAY_SHARE_HEADER, SubgraphFetcher } from "./subgraph-fetcher";
import { readSupergraph } from "./supergraph";

interface GatewayContext {
  headers: Record<string, string | string[] | undefined>;
  scope: RequestScope;
  /** A subgraph answered with an outcome it kept for the request's Idempotency-Key. */
  idempotentReplay?: boolean;
}

/** The only client headers a subgraph sees: identity, sandbox time and the idempotency key. */
export const PROPAGATED_HEADERS = ["authorization", SANDBOX_TIME_HEADER, IDEMPOTENCY_KEY_HEADER] as const;

/** W3C trace context, relayed as it came when no OpenTelemetry SDK makes spans of its own. */
const TRACE_HEADERS = ["traceparent", "tracestate"] as const;

class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    private readonly config: Config,
    private readonly log: Logger,
    fetcher: SubgraphFetcher,
    metrics: ServiceMetrics,
  ) {
    // pooled keep-alive connections, the timeout, no retries, identical reads merged
    super({
      url,
      fetcher: (async (input: string, init: RequestInit) => {
        const started = performance.now();
        let outcome: "ok" | "error" = "error";
        try {
          const response = await fetcher.fetch(input, init as never);
          if (response.ok) outcome = "ok";
          return response;
        } finally {
          metrics.observeSubgraphFetch(serviceName, outcome, (performance.now() - started) / 1000);
        }
      }) as never,
    });
  }

  override willSendRequest(options: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["willSendRequest"]>>[0]) {
    const { request, context } = options;
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
    if (isRead(options)) request.http?.headers.set(MAY_SHARE_HEADER, "1");
  }

  override didReceiveResponse({
    response,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["didReceiveResponse"]>>[0]) {
    const organization = response.http?.headers.get(ORGANIZATION_HEADER);
    if (organization && context.scope) context.scope.organization = organization;
    if (response.extensions?.idempotentReplay) context.idempotentReplay = true;
    return response;
  }

  /**
   * A refusal with GraphQL errors is the subgraph's answer, passed on as it said it; any
   * other 4xx is our own mistake (a bug), never an outage.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource["errorFromResponse"]>[0]): Promise<GraphQLError> {
    const errors = errorsOfBody(await this.parseBody(response).catch(() => undefined));
    if (errors) throw new SubgraphAnswer(errors);
    if (response.status < 500) throw new SubgraphMisuse(this.serviceName, response.status);
    return new GraphQLError(`The ${this.serviceName} subgraph answered HTTP ${response.status}.`);
  }

  /** Only a subgraph that cannot be reached, times out or fails outright is unavailable: errors at its fields' paths. */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    try {
      return await super.process(options);
    } catch (error) {
      if (error instanceof SubgraphAnswer) return { errors: error.errors };
      if (error instanceof SubgraphMisuse) throw error;
      this.log.error({ err: error, subgraph: this.serviceName }, "subgraph request failed");
      const document = "document" in options ? options.document : undefined;
      return {
        errors: errorsAtFetchedPaths(options.request, document, {
          code: "SERVICE_UNAVAILABLE",
          message: `The ${this.serviceName} part of the graph is unavailable; try again.`,
        }),
      };
    }
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

export interface GatewayOptions {
  /**
   * Whether the operation limits (depth, aliases, root fields, directives, tokens, cost) are
   * checked. Always on in a running service; only the bench's "limits off" gateway, which
   * measures what they cost, turns them off. There is no setting for it.
   */
  operationLimits?: boolean;
}

/** The public endpoint: one graph composed from the three subgraphs. */
export async function startGateway(
  config: Config,
  log: Logger,
  { operationLimits = true }: GatewayOptions = {},
): Promise<RunningServer> {
  const supergraphSdl = readSupergraph();
  const fetcher = new SubgraphFetcher({ timeoutMs: config.subgraphTimeoutMs, shareInFlight: config.subgraphDedupe });
  // @apollo/gateway reports its own usage to Apollo unless told not to: an operator opts in
  // by setting APOLLO_TELEMETRY_DISABLED=false
  process.env.APOLLO_TELEMETRY_DISABLED ??= "true";
  const metrics = new ServiceMetrics("gateway");
  const gateway = new ApolloGateway({
    supergraphSdl,
    // subgraph addresses come from configuration, not from the composed file
    buildService: ({ name, url }) =>
      new SubgraphDataSource(name, config.subgraphUrls[name as never] ?? url, config, log, fetcher, metrics),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !config.production,
    parseOptions: operationLimits ? { maxTokens: config.limits.tokens } : {},
    validationRules: operationLimits ? limitRules(config.limits) : [],
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: false,
    // runService drains the HTTP server first, then stops Apollo
    stopOnTerminationSignals: false,
    plugins: [
      operationChecks(config.limits, operationLimits ? costCalculator(supergraphSdl) : () => 0),
      {
        // the subgraph's replay mark reaches the client, whichever gateway relays it
        async requestDidStart() {
          return {
            async willSendResponse({ response, contextValue }) {
              if (contextValue.idempotentReplay && response.body.kind === "single") {
                response.body.singleResult.extensions = { ...response.body.singleResult.extensions, idempotentReplay: true };
              }
            },
          };
        },
      },
      config.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false, ...sandboxLandingPage(config) }),
      operationRecorder(currentScope, metrics.operations),
      ...(config.apolloUsageReporting
        ? []
        : [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled()]),
    ],
    formatError: (formatted, error) => maskedErrors(log)(tokenLimitAsTooComplex(formatted), error),
  });
  await apollo.start();

  const rateLimits =
    config.rateLimitPerMinute > 0
      ? await RateLimits.open(config, rateLimitKeyVerifier(new InternalClient("gateway", config, log)), log)
      : undefined;
  const drain = new HttpDrain();
  const app = serviceApp("gateway");
  app.use(corsFor(config.corsOrigins));
  observeRequests(app, log, metrics);
  app.get("/ready", async (_req, res) => {
    if (drain.draining) {
      res.status(503).json({ status: "stopping" });
      return;
    }
    const checks = await Promise.all(
      SUBGRAPHS.map(async (name) => [name, (await isReady(config.subgraphUrls[name])) ? "ready" : "unavailable"] as const),
    );
    const ready = checks.every(([, status]) => status === "ready");
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "unavailable", subgraphs: Object.fromEntries(checks) });
  });
  if (rateLimits) app.use("/graphql", rateLimits.middleware);
  app.use(
    "/graphql",
    ...graphqlBody,
    enterRequestScope,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({ headers: req.headers, scope: scopeOf(res) }),
    }),
  );
  app.get("/", (_req, res) => res.redirect("/graphql"));

  let port: number;
  try {
    ({ port } = await listen(app, config.port, config.host, drain));
  } catch (error) {
    // a port already taken: what started must not keep the process alive
    await apollo.stop();
    await rateLimits?.close();
    await fetcher.close();
    throw error;
  }
  log.info({ port }, "gateway listening");
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    close: async () => {
      await drain.close(config.shutdownGraceMs);
      await apollo.stop();
      await rateLimits?.close();
      await fetcher.close();
    },
  };
}
