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
  closeServer,
  graphqlBody,
  INTERNAL_SECRET_HEADER,
  type Logger,
  listen,
  maskedErrors,
  type RunningServer,
  SANDBOX_TIME_HEADER,
  SUBGRAPHS,
  serviceApp,
} from "@psg/shared";
import { GraphQLError } from "graphql";
import { costCalculator } from "./cost";
import { RateLimiter } from "./limits";
import { limitRules, operationChecks, tokenLimitAsTooComplex } from "./operation-limits";
import { errorsAtFetchedPaths, errorsOfBody, SubgraphAnswer, SubgraphMisuse } from "./subgraph-errors";
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
  ) {
    super({
      url,
      // keep-alive comes with Node's fetch; the timeout and the absence of retries are ours
      fetcher: ((input: string, init: RequestInit) =>
        fetch(input, { ...init, signal: AbortSignal.timeout(config.subgraphTimeoutMs) })) as never,
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
    request.http?.headers.set(INTERNAL_SECRET_HEADER, this.config.internalSecret);
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

/** The public endpoint: one graph composed from the three subgraphs. */
export async function startGateway(config: Config, log: Logger): Promise<RunningServer> {
  const supergraphSdl = readSupergraph();
  const gateway = new ApolloGateway({
    supergraphSdl,
    // subgraph addresses come from configuration, not from the composed file
    buildService: ({ name, url }) => new SubgraphDataSource(name, config.subgraphUrls[name as never] ?? url, config, log),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !config.production,
    parseOptions: { maxTokens: config.limits.tokens },
    validationRules: limitRules(config.limits),
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: false,
    plugins: [
      operationChecks(config.limits, costCalculator(supergraphSdl)),
      config.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false }),
      ...(config.apolloUsageReporting
        ? []
        : [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled()]),
    ],
    formatError: (formatted, error) => maskedErrors(log)(tokenLimitAsTooComplex(formatted), error),
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
    ...graphqlBody,
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
    },
  };
}
