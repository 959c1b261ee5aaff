import { createHash, randomBytes } from "node:crypto";
import type { KeyPrincipal } from "./principal";

/** A new API key secret: 32 random bytes, readable prefix so leaked keys are recognisable. */
export const generateApiKeySecret = (): string => `psg_${randomBytes(32).toString("base64url")}`;

/** Keys are high-entropy random strings, so a plain SHA-256 is a sufficient one-way hash. */
export const hashApiKey = (secret: string): string => createHash("sha256").update(secret).digest("hex");

export type KeyLookup = (keyHash: string) => Promise<KeyPrincipal | null>;

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
}

/** Answers kept at most, so a flood of made-up keys cannot fill the memory. */
const MAX_CACHED_KEYS = 10_000;

interface CachedAnswer {
  at: number;
  principal: Promise<KeyPrincipal | null>;
  /** The principal once the lookup has answered. */
  value?: KeyPrincipal | null;
  refreshing?: boolean;
}

/**
 * Looks up keys and remembers answers for at most `ttlMs` (5 s by default), so a revoked
 * key stops working everywhere within that time.
 */
export class CachedKeyVerifier {
  private readonly cache = new Map<string, CachedAnswer>();
  private readonly ttlMs: number;
  private readonly staleMs: number;

  constructor(
    private readonly lookup: KeyLookup,
    times: KeyCacheTimes = {},
    private readonly monotonicNow: () => number = () => performance.now(),
  ) {
    this.ttlMs = times.ttlMs ?? 5_000;
    this.staleMs = times.staleMs ?? 0;
  }

  verify(secret: string): Promise<KeyPrincipal | null> {
    const keyHash = hashApiKey(secret);
    const now = this.monotonicNow();
    const hit = this.usable(keyHash, now);
    if (hit) return hit.principal;
    const principal = this.lookup(keyHash);
    const answer: CachedAnswer = { at: now, principal };
    this.cache.set(keyHash, answer);
    principal.then(
      (value) => {
        answer.value = value;
      },
      () => this.cache.delete(keyHash),
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

  /** The cached answer that may be used now, a stale one starting its refresh. */
  private usable(keyHash: string, now: number): CachedAnswer | undefined {
    const hit = this.cache.get(keyHash);
    if (!hit) return undefined;
    if (now - hit.at < this.ttlMs) return hit;
    if (now - hit.at >= this.ttlMs + this.staleMs) return undefined;
    if (!hit.refreshing) this.refresh(keyHash, hit);
    return hit;
  }

  /** A fresh answer replaces the stale one once it has come; a failed lookup leaves the stale one in place. */
  private refresh(keyHash: string, stale: CachedAnswer): void {
    stale.refreshing = true;
    const started = this.monotonicNow();
    const principal = this.lookup(keyHash);
    principal.then(
      (value) => this.cache.set(keyHash, { at: started, principal, value }),
      () => {
        stale.refreshing = false;
      },
    );
  }

  forget(keyHash: string): void {
    this.cache.delete(keyHash);
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
