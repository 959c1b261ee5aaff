import { timingSafeEqual } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type NextFunction, type Request, type Response } from "express";
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { observeRequests } from "./access-log";
import { requestNow, SANDBOX_TIME_HEADER } from "./clock";
import type { Config } from "./config";
import type { RequestContext } from "./context";
import { DomainError, maskError } from "./errors";
import { idempotencyPlugin, purgeIdempotencyKeys } from "./idempotency";
import { INTERNAL_SECRET_HEADER, InternalClient, SERVICE_NAME_HEADER } from "./internal-client";
import { Loaders } from "./loaders";
import type { Logger } from "./logger";
import { operationRecorder, ServiceMetrics } from "./metrics";
import { ANONYMOUS, type KeyPrincipal, type Principal } from "./principal";
import { isStatementTimeout, requestBounds, requestBoundsPlugin } from "./request-bounds";
import { assignRequestId, currentRequestId, currentScope, enterRequestScope, scopeOf } from "./request-id";
import { listenProblem } from "./startup-errors";

export const BODY_LIMIT = "16mb";

/** Tells the gateway, on a subgraph's response, whom the request acted for. */
export const ORGANIZATION_HEADER = "x-psg-organization";

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const header = (req: Request, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

export function secretsEqual(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const graphqlError = (res: Response, status: number, code: string, message: string) => {
  const scope = scopeOf(res);
  scope.code = code;
  return res.status(status).json({ errors: [{ message, extensions: { code, requestId: scope.requestId } }] });
};

/**
 * Turns body-parser failures (too large, bad JSON, an unknown charset or encoding) into
 * GraphQL-shaped errors with their 4xx status, never express's HTML page with a stack.
 */
export function bodyErrorHandler(error: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) {
  if (error?.type === "entity.too.large")
    return graphqlError(res, 413, "BAD_USER_INPUT", "The request body is larger than 16 MiB.");
  if (error?.type === "entity.parse.failed")
    return graphqlError(res, 400, "BAD_USER_INPUT", "The request body is not valid JSON.");
  if (typeof error?.status === "number" && error.status >= 400 && error.status < 500)
    return graphqlError(res, error.status, "BAD_USER_INPUT", "The request body cannot be read.");
  return next(error);
}

/**
 * express.json leaves `req.body` unset for other content types; Apollo then answers 500.
 * Set, even to nothing, it lets Apollo refuse the request with its own 4xx.
 */
export function bodyAlwaysSet(req: Request, _res: Response, next: NextFunction) {
  if (!Object.hasOwn(req, "body")) req.body = undefined;
  next();
}

/** Reads a GraphQL request's JSON body, up to BODY_LIMIT. */
export const graphqlBody = [express.json({ limit: BODY_LIMIT }), bodyErrorHandler, bodyAlwaysSet];

const STATEMENT_TIMEOUT = {
  message: "A database statement of the request took too long; ask for less at once.",
  extensions: { code: "QUERY_TOO_COMPLEX", limit: "statementTimeout" },
};

/** Apollo's formatError for every server of the graph: masked for clients, logged for operators. */
export const maskedErrors =
  (log: Logger) =>
  (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const masked = maskError(
      isStatementTimeout(error instanceof GraphQLError ? (error.originalError ?? error) : error)
        ? { ...formatted, ...STATEMENT_TIMEOUT }
        : formatted,
      error,
    );
    if (masked.extensions.code === "INTERNAL_SERVER_ERROR") log.error({ err: error }, "unexpected error");
    const requestId = currentRequestId();
    return requestId === undefined ? masked : { ...masked, extensions: { ...masked.extensions, requestId } };
  };

/** An express app with the liveness probe every service answers; every response carries its x-request-id. */
export function serviceApp(service: string): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.use(assignRequestId);
  app.get("/health", (_req, res) => {
    res.json({ status: "ok", service });
  });
  return app;
}

/** The key of an `Authorization: Bearer <key>` header, whatever the case of the scheme and the spaces around. */
export const bearerSecret = (authorization: string | undefined): string | undefined =>
  authorization === undefined ? undefined : /^\s*Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];

export type VerifyKey = (secret: string) => Promise<KeyPrincipal | null>;

/** Who is calling: services name themselves; clients present an API key, or nothing. */
export async function authenticate(req: Request, verifyKey: VerifyKey): Promise<Principal> {
  const service = header(req, SERVICE_NAME_HEADER);
  if (service) return { kind: "SERVICE", service };
  const authorization = header(req, "authorization");
  if (!authorization) return ANONYMOUS;
  const secret = bearerSecret(authorization);
  const principal = secret ? await verifyKey(secret) : null;
  if (!principal) {
    // 200, not 401: a gateway then relays this error and its message unchanged
    throw new DomainError("UNAUTHENTICATED", "The API key is not valid: it is unknown, expired or revoked.", 200);
  }
  return principal;
}

/** Who a request acts for, as the access log names it. */
const organizationOf = (principal: Principal): string =>
  principal.kind === "KEY"
    ? `${principal.organizationKind}:${principal.organizationId ?? "-"}`
    : principal.kind === "SERVICE"
      ? `SERVICE:${principal.service}`
      : principal.kind;

export interface SubgraphOptions {
  config: Config;
  schema: GraphQLSchema;
  db: DataSource;
  log: Logger;
  verifyKey: VerifyKey;
  plugins?: ApolloServerPlugin<RequestContext>[];
}

/**
 * Lets a server stop without cutting anyone off: readiness turns 503, no new connections
 * are accepted, requests in flight finish (up to the grace period), then every connection
 * is closed.
 */
export class HttpDrain {
  /** True from the moment the server starts stopping: /ready answers 503. */
  draining = false;
  private server: Server | undefined;
  private inFlight = 0;
  private idle: (() => void) | undefined;

  attach(server: Server): void {
    this.server = server;
    server.prependListener("request", (_req, res) => {
      this.inFlight += 1;
      // a request that arrives on a kept-alive connection while stopping is served, then the connection ends
      if (this.draining) res.setHeader("connection", "close");
      res.once("close", () => {
        this.inFlight -= 1;
        if (this.inFlight === 0) this.idle?.();
      });
    });
  }

  async close(graceMs: number): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.draining = true;
    const closed = new Promise<void>((resolveClose) => server.close(() => resolveClose()));
    server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.inFlight === 0 ? Promise.resolve() : new Promise<void>((resolveIdle) => (this.idle = resolveIdle)),
      new Promise<void>((resolveLate) => (timer = setTimeout(resolveLate, graceMs))),
    ]);
    clearTimeout(timer);
    server.closeAllConnections();
    await closed;
  }
}

export async function listen(
  app: express.Express,
  port: number,
  host: string,
  drain: HttpDrain,
): Promise<{ server: Server; port: number }> {
  return new Promise((resolveListen, reject) => {
    const server = app.listen(port, host, (error?: Error) => {
      if (error) reject(listenProblem(error, host, port));
      else resolveListen({ server, port: (server.address() as AddressInfo).port });
    });
    server.keepAliveTimeout = 65_000;
    drain.attach(server);
  });
}

/**
 * One subgraph's HTTP server: refuses callers without the internal secret, authenticates
 * the API key itself, and serves /health and /ready.
 */
export async function startSubgraphServer(options: SubgraphOptions): Promise<RunningServer> {
  const { config, schema, db, log, verifyKey } = options;
  const services = new InternalClient(config.service, config, log);
  const metrics = new ServiceMetrics(config.service);
  const schemaName = (db.options as { schema?: string }).schema ?? "public";
  metrics.watchPool(db);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // runService drains the HTTP server first, then stops Apollo
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      requestBoundsPlugin(),
      operationRecorder(currentScope, metrics.operations),
      idempotencyPlugin(db, schemaName, log),
      ...(options.plugins ?? []),
    ],
    formatError: maskedErrors(log),
  });
  await apollo.start();

  const drain = new HttpDrain();
  const app = serviceApp(config.service);
  observeRequests(app, log, metrics);
  app.get("/ready", async (_req, res) => {
    if (drain.draining) {
      res.status(503).json({ status: "stopping", service: config.service });
      return;
    }
    try {
      await db.query("SELECT 1");
      res.json({ status: "ready", service: config.service });
    } catch {
      res.status(503).json({ status: "unavailable", service: config.service });
    }
  });
  app.use("/graphql", (req, res, next) => {
    if (!secretsEqual(header(req, INTERNAL_SECRET_HEADER), config.internalSecret)) {
      graphqlError(res, 401, "UNAUTHENTICATED", "This service answers only its gateway and sibling services.");
      return;
    }
    next();
  });
  app.use(
    "/graphql",
    ...graphqlBody,
    enterRequestScope,
    requestBounds(config),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> => {
        const now = requestNow(header(req, SANDBOX_TIME_HEADER), config.sandboxTime);
        const principal = await authenticate(req, verifyKey);
        const organization = organizationOf(principal);
        scopeOf(res).organization = organization;
        // the gateway has no key of its own to check: it learns the caller for its access log here
        res.setHeader(ORGANIZATION_HEADER, organization);
        return {
          principal,
          now,
          db: db.manager,
          loaders: new Loaders(),
          services,
          policy: config.policy,
          log,
        };
      },
    }),
  );

  const { port } = await listen(app, config.port, config.host, drain);
  log.info({ port }, `${config.service} subgraph listening`);
  const stopPurging = purgeIdempotencyKeys(db, schemaName, log);
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    close: async () => {
      stopPurging();
      await drain.close(config.shutdownGraceMs);
      await apollo.stop();
    },
  };
}
