/** Configuration from environment variables, validated once at start-up. */

export type ServiceName = "gateway" | "partners" | "vouchers" | "payments" | "events";

export const SUBGRAPHS = ["partners", "vouchers", "payments", "events"] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

export const DEFAULT_PORTS: Record<ServiceName, number> = {
  gateway: 4000,
  partners: 4001,
  vouchers: 4002,
  payments: 4003,
  events: 4004,
};

export interface Config {
  service: ServiceName;
  production: boolean;
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** Every subgraph's database URL: the relay reads each subgraph's outbox where it lives. */
  databaseUrls: Record<SubgraphName, string | undefined>;
  internalSecret: string;
  bootstrapOperatorKey: string | undefined;
  sandboxTime: boolean;
  logLevel: string;
  subgraphUrls: Record<SubgraphName, string>;
  subgraphTimeoutMs: number;
  internalTimeoutMs: number;
  apolloUsageReporting: boolean;
  rateLimitPerMinute: number;
  maxQueryDepth: number;
  policy: ProgramPolicy;
  worker: WorkerSettings;
}

/** How webhooks are delivered (api.md, Events and webhooks). */
export interface WebhookPolicy {
  /**
   * https only, and no loopback, private or link-local (resolved) address: under
   * NODE_ENV=production unless WEBHOOKS_ALLOW_PRIVATE=on.
   */
  restrictDestinations: boolean;
  timeoutMs: number;
  /** Exponential backoff: the first retry after `retryBaseMs`, doubling up to `retryMaxMs`. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** A delivery is retried this long; an endpoint failing this long is disabled. */
  retryWindowMs: number;
}

/** The worker process: queue concurrency, how often the relay looks, when a lost job is re-queued. */
export interface WorkerSettings {
  concurrency: number;
  relayPollMs: number;
  rescueAfterMs: number;
}

/** The configurable program policy of domain.md. */
export interface ProgramPolicy {
  voucherLifetimeDays: number;
  paymentRequestDeadlineDays: number;
  paymentDueDays: number;
  maxOffsiteDays: number;
  deliverableMaxBytes: number;
  validationFailuresPerHour: number;
  webhooks: WebhookPolicy;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

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

  const sharedDatabaseUrl = read.url("DATABASE_URL", undefined);
  const databaseUrls = Object.fromEntries(
    SUBGRAPHS.map((name) => [name, read.url(`${name.toUpperCase()}_DATABASE_URL`, undefined) ?? sharedDatabaseUrl]),
  ) as Record<SubgraphName, string | undefined>;
  const databaseUrl = service === "gateway" ? sharedDatabaseUrl : databaseUrls[service];

  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map((name) => [name, read.url(`${name.toUpperCase()}_URL`, `http://localhost:${DEFAULT_PORTS[name]}/graphql`)]),
  ) as Record<SubgraphName, string>;

  const config: Config = {
    service,
    production,
    port: read.int("PORT", DEFAULT_PORTS[service], 0, 65535),
    host: read.string("HOST") ?? "0.0.0.0",
    databaseUrl,
    databaseUrls,
    internalSecret: internalSecret ?? DEV_INTERNAL_SECRET,
    bootstrapOperatorKey,
    sandboxTime,
    logLevel: read.string("LOG_LEVEL") ?? "info",
    subgraphUrls,
    subgraphTimeoutMs: read.int("SUBGRAPH_TIMEOUT_MS", 10_000, 100),
    internalTimeoutMs: read.int("INTERNAL_TIMEOUT_MS", 5_000, 100),
    apolloUsageReporting: read.flag("APOLLO_USAGE_REPORTING", false),
    rateLimitPerMinute: read.int("RATE_LIMIT_PER_MINUTE", 1200, 0),
    maxQueryDepth: read.int("MAX_QUERY_DEPTH", 15, 2, 100),
    policy: {
      voucherLifetimeDays: read.int("VOUCHER_LIFETIME_DAYS", 180, 1),
      paymentRequestDeadlineDays: read.int("PAYMENT_REQUEST_DEADLINE_DAYS", 60, 1),
      paymentDueDays: read.int("PAYMENT_DUE_DAYS", 30, 1),
      maxOffsiteDays: read.int("MAX_OFFSITE_DAYS", 3, 0),
      deliverableMaxBytes: read.int("DELIVERABLE_MAX_BYTES", 10 * 1024 * 1024, 1),
      validationFailuresPerHour: read.int("VALIDATION_FAILURES_PER_HOUR", 20, 1),
      webhooks: {
        restrictDestinations: !read.flag("WEBHOOKS_ALLOW_PRIVATE", false) && production,
        timeoutMs: read.int("WEBHOOK_TIMEOUT_MS", 10_000, 100),
        retryBaseMs: read.int("WEBHOOK_RETRY_BASE_MS", 5_000, 10),
        retryMaxMs: read.int("WEBHOOK_RETRY_MAX_MS", 8 * 3_600_000, 10),
        retryWindowMs: read.int("WEBHOOK_RETRY_WINDOW_MS", 3 * 86_400_000, 100),
      },
    },
    worker: {
      concurrency: read.int("WORKER_CONCURRENCY", 10, 1, 100),
      relayPollMs: read.int("RELAY_POLL_MS", 250, 10),
      rescueAfterMs: read.int("WORKER_RESCUE_AFTER_MS", 30_000, 100),
    },
  };
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return config;
}
