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
  DomainError,
  INTERNAL_SECRET_HEADER,
  type Logger,
  listen,
  maskedErrors,
  type RunningServer,
  SANDBOX_TIME_HEADER,
  SUBGRAPHS,
  serviceApp,
} from "@psg/shared";
import express from "express";
import { depthLimit, RateLimiter } from "./limits";
import { isRead, MAY_SHARE_HEADER, SubgraphFetcher } from "./subgraph-fetcher";
import { readSupergraph } from "./supergraph";

interface GatewayContext {
  headers: Record<string, string | string[] | undefined>;
}

/** The only client headers a subgraph sees: identity and sandbox time. */
export const PROPAGATED_HEADERS = ["authorization", SANDBOX_TIME_HEADER] as const;

class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    private readonly config: Config,
    private readonly log: Logger,
    fetcher: SubgraphFetcher,
  ) {
    // pooled keep-alive connections, the timeout, no retries, identical reads merged
    super({ url, fetcher: fetcher.fetch });
  }

  override willSendRequest(options: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["willSendRequest"]>>[0]) {
    const { request, context } = options;
    for (const name of PROPAGATED_HEADERS) {
      const value = context.headers?.[name];
      if (typeof value === "string") request.http?.headers.set(name, value);
    }
    request.http?.headers.set(INTERNAL_SECRET_HEADER, this.config.internalSecret);
    if (isRead(options)) request.http?.headers.set(MAY_SHARE_HEADER, "1");
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
  const fetcher = new SubgraphFetcher({ timeoutMs: config.subgraphTimeoutMs, shareInFlight: config.subgraphDedupe });
  const gateway = new ApolloGateway({
    supergraphSdl: readSupergraph(),
    // subgraph addresses come from configuration, not from the composed file
    buildService: ({ name, url }) =>
      new SubgraphDataSource(name, config.subgraphUrls[name as never] ?? url, config, log, fetcher),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !config.production,
    validationRules: [depthLimit(config.maxQueryDepth)],
    includeStacktraceInErrorResponses: false,
    plugins: [
      config.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false }),
      ...(config.apolloUsageReporting
        ? []
        : [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled()]),
    ],
    formatError: maskedErrors(log),
  });
  await apollo.start();

  const limiter = new RateLimiter(config.rateLimitPerMinute);
  const app = serviceApp("gateway");
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
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        limiter.check(req.headers.authorization, req.socket.remoteAddress);
        return { headers: req.headers };
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
      await fetcher.close();
    },
  };
}
