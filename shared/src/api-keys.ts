import { createHash, randomBytes } from "node:crypto";
import type { KeyPrincipal } from "./principal";

/** A new API key secret: 32 random bytes, readable prefix so leaked keys are recognisable. */
export const generateApiKeySecret = (): string => `psg_${randomBytes(32).toString("base64url")}`;

/** Keys are high-entropy random strings, so a plain SHA-256 is a sufficient one-way hash. */
export const hashApiKey = (secret: string): string => createHash("sha256").update(secret).digest("hex");

export type KeyLookup = (keyHash: string) => Promise<KeyPrincipal | null>;

/**
 * Looks up keys and remembers answers for at most `ttlMs` (5 s by default), so a revoked
 * key stops working everywhere within that time.
 */
export class CachedKeyVerifier {
  private readonly cache = new Map<string, { at: number; principal: Promise<KeyPrincipal | null> }>();

  constructor(
    private readonly lookup: KeyLookup,
    private readonly ttlMs = 5_000,
    private readonly monotonicNow: () => number = () => performance.now(),
  ) {}

  verify(secret: string): Promise<KeyPrincipal | null> {
    const keyHash = hashApiKey(secret);
    const now = this.monotonicNow();
    const hit = this.cache.get(keyHash);
    if (hit && now - hit.at < this.ttlMs) return hit.principal;
    const principal = this.lookup(keyHash);
    this.cache.set(keyHash, { at: now, principal });
    principal.catch(() => this.cache.delete(keyHash));
    if (this.cache.size > 10_000) this.evictOlderThan(now - this.ttlMs);
    return principal;
  }

  forget(keyHash: string): void {
    this.cache.delete(keyHash);
  }

  private evictOlderThan(limit: number): void {
    for (const [hash, entry] of this.cache) if (entry.at < limit) this.cache.delete(hash);
  }
}
