/** Configuration from environment variables, validated once at start-up. */
import { isIP } from "node:net";

export type ServiceName = "gateway" | "partners" | "vouchers" | "payments";

export const SUBGRAPHS = ["partners", "vouchers", "payments"] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

export const DEFAULT_PORTS: Record<ServiceName, number> = {
  gateway: 4000,
  partners: 4001,
  vouchers: 4002,
  payments: 4003,
};

export interface Config {
  service: ServiceName;
  production: boolean;
  port: number;
  host: string;
  databaseUrl: string | undefined;
  internalSecret: string;
  bootstrapOperatorKey: string | undefined;
  sandboxTime: boolean;
  logLevel: string;
  subgraphUrls: Record<SubgraphName, string>;
  subgraphTimeoutMs: number;
  internalTimeoutMs: number;
  apolloUsageReporting: boolean;
  rateLimitPerMinute: number;
  rateLimitOrganizationPerMinute: number;
  redisUrl: string | undefined;
  limits: OperationLimits;
  shutdownGraceMs: number;
  dbStatementTimeoutMs: number;
  requestDeadlineMs: number;
  maxRowsPerRequest: number;
  /** Browser origins the gateway answers (CORS); `http://localhost:*` matches any port. */
  corsOrigins: string[];
  /** npm start only: what Apollo Sandbox opens with (a demo operator key, a demo partner). */
  sandboxDemo: { key: string | undefined; partnerId: string | undefined };
  policy: ProgramPolicy;
}

/** What one operation may ask of the graph, checked by the gateway before anything runs. */
export interface OperationLimits {
  depth: number;
  aliases: number;
  rootFields: number;
  directives: number;
  tokens: number;
  /** Cost budget of a request with an `Authorization` header, and of one without. */
  cost: number;
  anonymousCost: number;
}

/** The configurable program policy of domain.md. */
export interface ProgramPolicy {
  voucherLifetimeDays: number;
  paymentRequestDeadlineDays: number;
  paymentDueDays: number;
  maxOffsiteDays: number;
  deliverableMaxBytes: number;
  validationFailuresPerHour: number;
}

/** A start-up problem an operator fixes in the environment: one line, naming the variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join("; ")}`);
  }
}

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

// a host name as DNS allows it (RFC 1123 labels)
const HOST_NAME = /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:(\d{1,5}|\*))?$|^https?:\/\/\[[0-9A-Fa-f:.]+\](:(\d{1,5}|\*))?$/;

type Env = Record<string, string | undefined>;

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  string(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value === "" ? undefined : value;
  }

  int(name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  }

  flag(name: string, fallback: boolean): boolean {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    if (["on", "true", "1"].includes(raw)) return true;
    if (["off", "false", "0"].includes(raw)) return false;
    this.problems.push(`${name} must be "on" or "off", got "${raw}"`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.problems.push(`${name} must be one of ${allowed.join(", ")}; got "${raw}"`);
    return fallback;
  }

  host(name: string, fallback: string): string {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    if (isIP(raw) || HOST_NAME.test(raw)) return raw;
    this.problems.push(`${name} must be an IP address or host name of this machine (such as 0.0.0.0 or 127.0.0.1); got "${raw}"`);
    return fallback;
  }

  /** postgres:// URLs, including unix sockets (postgresql:///db?host=/run/postgresql). */
  databaseUrl(name: string): string | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    let url: URL | undefined;
    try {
      url = new URL(raw);
    } catch {
      // reported below
    }
    const database = url?.pathname.slice(1);
    if (!url || !["postgres:", "postgresql:"].includes(url.protocol) || !database || database.includes("/")) {
      this.problems.push(
        `${name} must be a PostgreSQL URL such as postgres://user:password@host:5432/database or postgresql:///database?host=/var/run/postgresql; got "${redactUrl(raw)}"`,
      );
    }
    return raw;
  }

  origins(name: string, fallback: string[]): string[] {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    const origins = raw
      .split(",")
      .map((o) => o.trim())
      .filter((o) => o !== "");
    const bad = origins.filter((o) => o !== "*" && !ORIGIN.test(o));
    if (bad.length > 0) {
      this.problems.push(
        `${name} must be a comma-separated list of origins such as https://app.example.com,http://localhost:* (or *); "${bad.join(", ")}" is not`,
      );
    }
    return origins;
  }

  url(name: string, fallback: string | undefined): string | undefined {
    const raw = this.string(name) ?? fallback;
    if (raw === undefined) return undefined;
    try {
      new URL(raw);
    } catch {
      this.problems.push(`${name} must be a URL, got "${raw}"`);
    }
    return raw;
  }
}

/** A URL as a log line or error may show it: without its password. */
export function redactUrl(raw: string): string {
  return raw.replace(/^([a-z]+:\/\/[^:/?#@]*:)[^@/?#]*@/i, "$1***@");
}

const DEV_INTERNAL_SECRET = "development-internal-secret-not-for-production";

export function loadConfig(service: ServiceName, env: Env = process.env): Config {
  const read = new Reader(env);
  const production = env.NODE_ENV === "production";

  const internalSecret = read.string("INTERNAL_SECRET");
  if (internalSecret !== undefined && internalSecret.length < 32) {
    read.problems.push("INTERNAL_SECRET must be at least 32 characters");
  }
  if (production && internalSecret === undefined) {
    read.problems.push("INTERNAL_SECRET is required when NODE_ENV=production");
  }

  const bootstrapOperatorKey = read.string("BOOTSTRAP_OPERATOR_KEY");
  if (bootstrapOperatorKey !== undefined && bootstrapOperatorKey.length < 32) {
    read.problems.push("BOOTSTRAP_OPERATOR_KEY must be at least 32 characters");
  }

  const sandboxTime = read.flag("SANDBOX_TIME", false);
  if (sandboxTime && production) {
    read.problems.push("SANDBOX_TIME=on is refused when NODE_ENV=production");
  }

  const databaseUrl =
    (service === "gateway" ? undefined : read.databaseUrl(`${service.toUpperCase()}_DATABASE_URL`)) ??
    read.databaseUrl("DATABASE_URL");

  const sandboxDemo = { key: read.string("SANDBOX_DEMO_KEY"), partnerId: read.string("SANDBOX_DEMO_PARTNER_ID") };
  if (production && (sandboxDemo.key !== undefined || sandboxDemo.partnerId !== undefined)) {
    read.problems.push("SANDBOX_DEMO_KEY and SANDBOX_DEMO_PARTNER_ID are refused when NODE_ENV=production; unset them");
  }

  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map((name) => [name, read.url(`${name.toUpperCase()}_URL`, `http://localhost:${DEFAULT_PORTS[name]}/graphql`)]),
  ) as Record<SubgraphName, string>;

  const config: Config = {
    service,
    production,
    port: read.int("PORT", DEFAULT_PORTS[service], 0, 65535),
    host: read.host("HOST", "0.0.0.0"),
    databaseUrl,
    internalSecret: internalSecret ?? DEV_INTERNAL_SECRET,
    bootstrapOperatorKey,
    sandboxTime,
    logLevel: read.oneOf("LOG_LEVEL", LOG_LEVELS, "info"),
    subgraphUrls,
    subgraphTimeoutMs: read.int("SUBGRAPH_TIMEOUT_MS", 10_000, 100),
    internalTimeoutMs: read.int("INTERNAL_TIMEOUT_MS", 5_000, 100),
    apolloUsageReporting: read.flag("APOLLO_USAGE_REPORTING", false),
    rateLimitPerMinute: read.int("RATE_LIMIT_PER_MINUTE", 1200, 0),
    rateLimitOrganizationPerMinute: read.int("RATE_LIMIT_ORGANIZATION_PER_MINUTE", 3600, 1),
    redisUrl: read.url("REDIS_URL", undefined),
    limits: {
      depth: read.int("MAX_QUERY_DEPTH", 15, 2, 100),
      aliases: read.int("MAX_ALIASES", 30, 0),
      rootFields: read.int("MAX_ROOT_FIELDS", 20, 1),
      directives: read.int("MAX_DIRECTIVES", 50, 0),
      tokens: read.int("MAX_TOKENS", 5_000, 100),
      cost: read.int("MAX_COST", 100_000, 1),
      anonymousCost: read.int("MAX_COST_ANONYMOUS", 50_000, 1),
    },
    shutdownGraceMs: read.int("SHUTDOWN_GRACE_MS", 25_000, 0),
    dbStatementTimeoutMs: read.int("DB_STATEMENT_TIMEOUT_MS", 10_000, 100),
    requestDeadlineMs: read.int("REQUEST_DEADLINE_MS", 8_000, 100),
    maxRowsPerRequest: read.int("MAX_ROWS_PER_REQUEST", 10_000, 1),
    corsOrigins: read.origins("CORS_ORIGINS", []),
    sandboxDemo,
    policy: {
      voucherLifetimeDays: read.int("VOUCHER_LIFETIME_DAYS", 180, 1),
      paymentRequestDeadlineDays: read.int("PAYMENT_REQUEST_DEADLINE_DAYS", 60, 1),
      paymentDueDays: read.int("PAYMENT_DUE_DAYS", 30, 1),
      maxOffsiteDays: read.int("MAX_OFFSITE_DAYS", 3, 0),
      deliverableMaxBytes: read.int("DELIVERABLE_MAX_BYTES", 10 * 1024 * 1024, 1),
      validationFailuresPerHour: read.int("VALIDATION_FAILURES_PER_HOUR", 20, 1),
    },
  };
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return config;
}
