import {
  bearerSecret,
  type CachedKeyVerifier,
  type Config,
  ConfigError,
  type InternalClient,
  type KeyPrincipal,
  type Logger,
  remoteKeyVerifier,
} from "@psg/shared";
import type { NextFunction, Request, Response } from "express";
import { Redis } from "ioredis";
import { Pool } from "pg";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis } from "rate-limiter-flexible";
import { type LeaseOutcome, PointLeases } from "./point-leases";

const WINDOW_SECONDS = 60;

/**
 * Which counters a key's requests are counted on. The gateway does not authorise with it
 * (each subgraph checks the key itself), so an answer is trusted for 30 s and then, for up
 * to 10 minutes, used while a fresh lookup runs: a key in use never waits for one. A key
 * revoked meanwhile is refused by the subgraphs at once and counted by address within 30 s.
 */
export function rateLimitKeyVerifier(client: InternalClient): CachedKeyVerifier {
  return remoteKeyVerifier(client, { ttlMs: 30_000, staleMs: 600_000 });
}

type Subject = { counter: Counter; id: string };

/** A key's counters, made once per answer of the key verifier rather than per request. */
const keySubjects = new WeakMap<KeyPrincipal, Subject[]>();

/**
 * The counters a request draws on: its verified key and its organisation, or else its client
 * address (asked only then: reading it parses the forwarding headers).
 */
export function rateLimitSubjects(principal: KeyPrincipal | null, address: () => string): Subject[] {
  if (!principal) return [{ counter: "address", id: address() }];
  let subjects = keySubjects.get(principal);
  if (!subjects) {
    const organization = principal.organizationId ?? principal.organizationKind;
    subjects = [
      { counter: "key", id: principal.apiKeyId },
      { counter: "organization", id: `${principal.organizationKind}:${organization}` },
    ];
    keySubjects.set(principal, subjects);
  }
  return subjects;
}

type Counter = "key" | "organization" | "address";

interface Outcome extends LeaseOutcome {
  limit: number;
}

/** What the client is told: the counter nearest its limit (the refusing one, if any). */
export function decisiveOutcome(outcomes: Outcome[]): Outcome {
  return outcomes.reduce((worst, next) => {
    if (worst.allowed !== next.allowed) return worst.allowed ? next : worst;
    return next.remainingPoints < worst.remainingPoints ? next : worst;
  });
}

type StoreOptions = { storeClient: unknown; storeType?: string; schemaName?: string; tableName?: string };

/** The store every gateway process shares: Redis when REDIS_URL is set, else PostgreSQL. */
async function openStore(config: Config): Promise<{ options: StoreOptions; close(): Promise<void> }> {
  if (config.redisUrl) {
    const redis = new Redis(config.redisUrl, { enableOfflineQueue: false, lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect();
    return { options: { storeClient: redis }, close: async () => void (await redis.quit()) };
  }
  if (!config.databaseUrl) {
    throw new ConfigError([
      "The gateway needs DATABASE_URL or REDIS_URL to keep rate limits shared by every gateway process (or RATE_LIMIT_PER_MINUTE=0).",
    ]);
  }
  // a slow store must not hold requests: past this the in-process insurance limiter answers
  const pool = new Pool({
    connectionString: config.databaseUrl,
    max: 4,
    statement_timeout: 2_000,
    application_name: "psg-gateway",
    // a counter need not outlive a database crash, so a lease does not wait for the
    // write-ahead log to reach the disk
    options: "-c synchronous_commit=off",
  });
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS "gateway"`);
  } catch (error) {
    // two gateways starting at once race on the catalog: the other one made it
    if ((error as { code?: string }).code !== "23505") throw error;
  }
  return {
    options: { storeClient: pool, storeType: "pool", schemaName: "gateway", tableName: "rate_limits" },
    close: () => pool.end(),
  };
}

async function storeLimiter(config: Config, storeOptions: StoreOptions, keyPrefix: string, points: number) {
  const options = {
    ...storeOptions,
    keyPrefix,
    points,
    duration: WINDOW_SECONDS,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration: WINDOW_SECONDS }),
  };
  if (config.redisUrl) return new RateLimiterRedis(options);
  return new Promise<RateLimiterAbstract>((resolve, reject) => {
    const limiter: RateLimiterAbstract = new RateLimiterPostgres(options, (error?: Error) =>
      error ? reject(error) : resolve(limiter),
    );
  });
}

/**
 * Requests per minute per verified API key and per organisation, and per client address
 * for requests without a valid key, counted in a store shared by every gateway process;
 * each process spends points it leased from the store in blocks (PointLeases), so a
 * request rarely waits on the store. Every answer carries RateLimit-* headers; a refusal
 * is HTTP 429 with Retry-After.
 */
export class RateLimits {
  private constructor(
    private readonly limiters: Record<Counter, { leases: PointLeases; points: number }>,
    private readonly verifier: CachedKeyVerifier,
    private readonly log: Logger,
    private readonly closeStore: () => Promise<void>,
  ) {}

  static async open(config: Config, verifier: CachedKeyVerifier, log: Logger): Promise<RateLimits> {
    const store = await openStore(config);
    try {
      const make = async (counter: Counter, points: number) => ({
        leases: new PointLeases(
          await storeLimiter(config, store.options, `rl-${counter}`, points),
          points,
          WINDOW_SECONDS * 1000,
        ),
        points,
      });
      const limiters = {
        key: await make("key", config.rateLimitPerMinute),
        organization: await make("organization", config.rateLimitOrganizationPerMinute),
        address: await make("address", config.rateLimitPerMinute),
      };
      return new RateLimits(limiters, verifier, log, store.close);
    } catch (error) {
      await store.close();
      throw error;
    }
  }

  /** The verified principal of the request's key; unknown keys, and a keys service that is down, count as no key. */
  private async principalOf(secret: string | undefined): Promise<KeyPrincipal | null> {
    if (!secret) return null;
    return this.verifier.verify(secret).catch((error) => {
      this.log.warn({ err: error }, "could not verify a key for rate limiting; counting by client address");
      return null;
    });
  }

  private async consume(counter: Counter, id: string): Promise<Outcome> {
    const { leases, points } = this.limiters[counter];
    return { ...(await leases.consume(id)), limit: points };
  }

  /**
   * The request's outcome when everything it needs is already in the process (its key's
   * answer, a point of each lease), as nearly every request finds it; null otherwise.
   */
  private decideAtOnce(secret: string | undefined, address: () => string): Outcome | null {
    const principal = secret ? this.verifier.known(secret) : null;
    if (principal === undefined) return null;
    const outcomes: Outcome[] = [];
    for (const { counter, id } of rateLimitSubjects(principal, address)) {
      const { leases, points } = this.limiters[counter];
      const taken = leases.take(id);
      if (!taken) return null;
      outcomes.push({ ...taken, limit: points });
    }
    return decisiveOutcome(outcomes);
  }

  private async decide(secret: string | undefined, address: () => string): Promise<Outcome> {
    const subjects = rateLimitSubjects(await this.principalOf(secret), address);
    return decisiveOutcome(await Promise.all(subjects.map(({ counter, id }) => this.consume(counter, id))));
  }

  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    const secret = bearerSecret(req.headers.authorization);
    const address = () => req.ip ?? req.socket.remoteAddress ?? "unknown";
    let atOnce: Outcome | null = null;
    try {
      atOnce = this.decideAtOnce(secret, address);
    } catch (error) {
      this.log.error({ err: error }, "rate limiting failed; request let through");
      next();
      return;
    }
    if (atOnce) {
      this.answer(atOnce, res, next);
      return;
    }
    this.decide(secret, address).then(
      (outcome) => this.answer(outcome, res, next),
      (error) => {
        // the limiter must never be why the graph is down
        this.log.error({ err: error }, "rate limiting failed; request let through");
        next();
      },
    );
  };

  /** RateLimit-* headers on every answer; a refusal is a 429 with Retry-After. */
  private answer(outcome: Outcome, res: Response, next: NextFunction): void {
    const resetSeconds = Math.max(1, Math.ceil(outcome.msBeforeNext / 1000));
    res.setHeader("ratelimit-limit", outcome.limit);
    res.setHeader("ratelimit-remaining", outcome.remainingPoints);
    res.setHeader("ratelimit-reset", resetSeconds);
    if (outcome.allowed) {
      next();
      return;
    }
    res.setHeader("retry-after", resetSeconds);
    res.status(429).json({
      errors: [
        {
          message: `More than ${outcome.limit} requests in a minute; retry in ${resetSeconds} s.`,
          extensions: { code: "RATE_LIMITED" },
        },
      ],
    });
  }

  /** Gives every unused leased point back to the store, then closes it. */
  async close(): Promise<void> {
    await Promise.all(Object.values(this.limiters).map(({ leases }) => leases.close()));
    await this.closeStore();
  }
}
