import { createHash, randomBytes } from "node:crypto";
import DataLoader from "dataloader";
import { KEY_LOOKUP_BATCH } from "./contracts/partners";
import type { KeyPrincipal } from "./principal";

/** A new API key secret: 32 random bytes, readable prefix so leaked keys are recognisable. */
export const generateApiKeySecret = (): string => `psg_${randomBytes(32).toString("base64url")}`;

/** Keys are high-entropy random strings, so a plain SHA-256 is a sufficient one-way hash. */
export const hashApiKey = (secret: string): string => createHash("sha256").update(secret).digest("hex");

/** Looks keys up by their hashes: one answer per hash, in order (null for an unknown, revoked or expired key). */
export type KeyLookup = (keyHashes: readonly string[]) => Promise<(KeyPrincipal | null)[]>;

/** How long a CachedKeyVerifier trusts an answer. */
export interface KeyCacheTimes {
  /** An answer this young is used as it is (5 s by default). */
  ttlMs?: number;
  /**
   * An older answer, up to this much past `ttlMs`, is still used while a fresh lookup runs
   * in the background (0 by default: every older answer waits for the lookup). Only for
   * callers that do not authorise with it, such as the gateway's rate limits.
   */
  staleMs?: number;
  /**
   * How long keys due for a refresh are gathered before they are looked up together (a tenth
   * of `ttlMs` by default, at most a second).
   */
  gatherMs?: number;
}

/** Answers kept at most, so a flood of made-up keys cannot fill the memory. */
const MAX_CACHED_KEYS = 10_000;
/** An answer used once it is this share of `ttlMs` old is refreshed before it runs out. */
const REFRESH_FROM = 0.6;

interface CachedAnswer {
  at: number;
  principal: Promise<KeyPrincipal | null>;
  /** The principal once the lookup has answered. */
  value?: KeyPrincipal | null;
  refreshing?: boolean;
}

/**
 * Looks up keys and remembers answers for at most `ttlMs` (5 s by default), so a revoked
 * key stops working everywhere within that time. A key in use never waits for a lookup
 * after its first: an answer used past 60 % of its time is refreshed in the background, and
 * the keys due are gathered and looked up together, as are the first lookups of keys that
 * arrive at once, so a thousand keys in use cost a few lookups a second, not a thousand.
 */
export class CachedKeyVerifier {
  private readonly cache = new Map<string, CachedAnswer>();
  private readonly ttlMs: number;
  private readonly staleMs: number;
  private readonly gatherMs: number;
  private readonly loader: DataLoader<string, KeyPrincipal | null>;
  private readonly due = new Map<string, CachedAnswer>();
  private gathering: NodeJS.Timeout | null = null;

  constructor(
    lookup: KeyLookup,
    times: KeyCacheTimes = {},
    private readonly monotonicNow: () => number = () => performance.now(),
  ) {
    this.ttlMs = times.ttlMs ?? 5_000;
    this.staleMs = times.staleMs ?? 0;
    this.gatherMs = times.gatherMs ?? Math.min(1_000, this.ttlMs / 10);
    this.loader = new DataLoader((keyHashes) => lookup(keyHashes), { cache: false, maxBatchSize: KEY_LOOKUP_BATCH });
  }

  verify(secret: string): Promise<KeyPrincipal | null> {
    const keyHash = hashApiKey(secret);
    const now = this.monotonicNow();
    const hit = this.usable(keyHash, now);
    if (hit) return hit.principal;
    const principal = this.loader.load(keyHash);
    const answer: CachedAnswer = { at: now, principal };
    this.cache.set(keyHash, answer);
    principal.then(
      (value) => {
        answer.value = value;
      },
      () => {
        if (this.cache.get(keyHash) === answer) this.cache.delete(keyHash);
      },
    );
    if (this.cache.size > MAX_CACHED_KEYS) this.evict(now - this.ttlMs - this.staleMs);
    return principal;
  }

  /**
   * The answer already at hand for `secret`, without waiting: undefined when the key has not
   * been looked up yet, or its lookup is still running (then `verify` waits for it).
   */
  known(secret: string): KeyPrincipal | null | undefined {
    return this.usable(hashApiKey(secret), this.monotonicNow())?.value;
  }

  /** The cached answer that may be used now; one getting old is put down for a refresh. */
  private usable(keyHash: string, now: number): CachedAnswer | undefined {
    const hit = this.cache.get(keyHash);
    if (!hit) return undefined;
    const age = now - hit.at;
    if (age >= this.ttlMs + this.staleMs) return undefined;
    if (age >= this.ttlMs * REFRESH_FROM && !hit.refreshing && hit.value !== undefined) this.putDown(keyHash, hit);
    return hit;
  }

  private putDown(keyHash: string, answer: CachedAnswer): void {
    answer.refreshing = true;
    this.due.set(keyHash, answer);
    if (this.gathering) return;
    this.gathering = setTimeout(() => this.refreshDue(), this.gatherMs);
    this.gathering.unref();
  }

  /** Fresh answers replace the old ones once they have come; a failed lookup leaves the old one in place. */
  private refreshDue(): void {
    this.gathering = null;
    const started = this.monotonicNow();
    const due = [...this.due];
    this.due.clear();
    for (const [keyHash, old] of due) {
      const principal = this.loader.load(keyHash);
      principal.then(
        (value) => {
          if (this.cache.get(keyHash) === old) this.cache.set(keyHash, { at: started, principal, value });
        },
        () => {
          old.refreshing = false;
        },
      );
    }
  }

  forget(keyHash: string): void {
    this.cache.delete(keyHash);
    this.due.delete(keyHash);
  }

  /** Forgets answers older than `limit`, then, if a flood of unknown keys left too many, the oldest ones. */
  private evict(limit: number): void {
    for (const [hash, entry] of this.cache) if (entry.at < limit) this.cache.delete(hash);
    for (const hash of this.cache.keys()) {
      if (this.cache.size <= MAX_CACHED_KEYS * 0.9) break;
      this.cache.delete(hash);
    }
  }
}
