import { timingSafeEqual } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type NextFunction, type Request, type Response } from "express";
import type { GraphQLFormattedError, GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { requestNow, SANDBOX_TIME_HEADER } from "./clock";
import type { Config } from "./config";
import type { RequestContext } from "./context";
import { DomainError, maskError } from "./errors";
import { INTERNAL_SECRET_HEADER, InternalClient, SERVICE_NAME_HEADER } from "./internal-client";
import { Loaders } from "./loaders";
import type { Logger } from "./logger";
import { ANONYMOUS, type KeyPrincipal, type Principal } from "./principal";

export const BODY_LIMIT = "16mb";

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

const graphqlError = (res: Response, status: number, code: string, message: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code } }] });

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

/** Apollo's formatError for every server of the graph: masked for clients, logged for operators. */
export const maskedErrors =
  (log: Logger) =>
  (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const masked = maskError(formatted, error);
    if (masked.extensions.code === "INTERNAL_SERVER_ERROR") log.error({ err: error }, "unexpected error");
    return masked;
  };

/** An express app with the liveness probe every service answers. */
export function serviceApp(service: string): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.get("/health", (_req, res) => {
    res.json({ status: "ok", service });
  });
  return app;
}

export type VerifyKey = (secret: string) => Promise<KeyPrincipal | null>;

/** Who is calling: services name themselves; clients present an API key, or nothing. */
export async function authenticate(req: Request, verifyKey: VerifyKey): Promise<Principal> {
  const service = header(req, SERVICE_NAME_HEADER);
  if (service) return { kind: "SERVICE", service };
  const authorization = header(req, "authorization");
  if (!authorization) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  const principal = match ? await verifyKey(match[1]) : null;
  if (!principal) {
    // 200, not 401: a gateway then relays this error and its message unchanged
    throw new DomainError("UNAUTHENTICATED", "The API key is not valid: it is unknown, expired or revoked.", 200);
  }
  return principal;
}

export interface SubgraphOptions {
  config: Config;
  schema: GraphQLSchema;
  db: DataSource;
  log: Logger;
  verifyKey: VerifyKey;
  plugins?: ApolloServerPlugin<RequestContext>[];
}

export async function listen(app: express.Express, port: number, host: string): Promise<{ server: Server; port: number }> {
  return new Promise((resolveListen, reject) => {
    const server = app.listen(port, host, (error?: Error) => {
      if (error) reject(error);
      else resolveListen({ server, port: (server.address() as AddressInfo).port });
    });
    server.keepAliveTimeout = 65_000;
  });
}

export async function closeServer(server: Server): Promise<void> {
  await new Promise<void>((resolveClose) => {
    server.close(() => resolveClose());
    server.closeAllConnections();
  });
}

/**
 * One subgraph's HTTP server: refuses callers without the internal secret, authenticates
 * the API key itself, and serves /health and /ready.
 */
export async function startSubgraphServer(options: SubgraphOptions): Promise<RunningServer> {
  const { config, schema, db, log, verifyKey } = options;
  const services = new InternalClient(config.service, config, log);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), ...(options.plugins ?? [])],
    formatError: maskedErrors(log),
  });
  await apollo.start();

  const app = serviceApp(config.service);
  app.get("/ready", async (_req, res) => {
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
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<RequestContext> => {
        const now = requestNow(header(req, SANDBOX_TIME_HEADER), config.sandboxTime);
        return {
          principal: await authenticate(req, verifyKey),
          now,
          db,
          loaders: new Loaders(),
          services,
          policy: config.policy,
          log,
        };
      },
    }),
  );

  const { server, port } = await listen(app, config.port, config.host);
  log.info({ port }, `${config.service} subgraph listening`);
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    close: async () => {
      await closeServer(server);
      await apollo.stop();
    },
  };
}
