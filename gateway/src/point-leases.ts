import { type RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";

/** What one request is told by a counter. */
export interface LeaseOutcome {
  allowed: boolean;
  /** An estimate that errs low: the shared store's remainder when last asked, plus this process's unused lease. */
  remainingPoints: number;
  msBeforeNext: number;
}

interface Lease {
  /** Points taken from the shared store and not yet spent by a request of this process. */
  available: number;
  /** What the store had left after this process's last lease. */
  storeRemaining: number;
  /** When the store's window for the id ends (epoch ms). */
  endsAt: number;
  lastUsed: number;
  /** Set once the store refused a single point: answered from memory until the window ends. */
  refused: boolean;
  pending: Promise<void> | null;
}

/** A lease never takes more than this share of what the store has left, so other processes keep most of it. */
const LEASE_SHARE = 1 / 16;
const MAX_LEASE = 100;
/** A lease unused this long is given back, so another process can spend it. */
const IDLE_RETURN_MS = 2_000;

/**
 * Requests counted in the process against points leased from a shared limiter: a request
 * spends a point of this process's lease, and only an empty lease asks the store, for a
 * block of points (a sixteenth of what the store has left, at most 100). Near the limit the
 * blocks shrink to one point, so the store's count is exact where it decides; every
 * process's accepted requests together never exceed the limit. Concurrent requests of one
 * id wait on one store call. The unused points of a lease idle for two seconds, and of
 * every lease on close, are given back to the store.
 */
export class PointLeases {
  private readonly leases = new Map<string, Lease>();
  private readonly sweeper: NodeJS.Timeout;
  /** Calls made to the shared store, for the bench and the tests. */
  storeCalls = 0;

  constructor(
    private readonly store: RateLimiterAbstract,
    private readonly points: number,
    private readonly now: () => number = Date.now,
  ) {
    this.sweeper = setInterval(() => void this.returnIdle(false), 1_000);
    this.sweeper.unref();
  }

  async consume(id: string): Promise<LeaseOutcome> {
    for (;;) {
      const now = this.now();
      let lease = this.leases.get(id);
      if (lease && lease.endsAt <= now && !lease.pending) {
        this.leases.delete(id);
        lease = undefined;
      }
      if (lease?.refused) return { allowed: false, remainingPoints: 0, msBeforeNext: lease.endsAt - now };
      if (lease && lease.available > 0) {
        lease.available -= 1;
        lease.lastUsed = now;
        return { allowed: true, remainingPoints: lease.storeRemaining + lease.available, msBeforeNext: lease.endsAt - now };
      }
      if (lease?.pending) {
        await lease.pending;
        continue;
      }
      if (!lease) {
        lease = { available: 0, storeRemaining: this.points, endsAt: 0, lastUsed: now, refused: false, pending: null };
        this.leases.set(id, lease);
      }
      const renewing = lease;
      renewing.pending = this.lease(id, renewing).finally(() => {
        renewing.pending = null;
      });
      await renewing.pending;
    }
  }

  /** Takes a block of points from the store into the lease; a refused block is given back and a smaller one asked for. */
  private async lease(id: string, lease: Lease): Promise<void> {
    for (;;) {
      const block = Math.max(1, Math.min(MAX_LEASE, Math.floor(lease.storeRemaining * LEASE_SHARE)));
      this.storeCalls += 1;
      try {
        const res = await this.store.consume(id, block);
        lease.available += block;
        lease.storeRemaining = res.remainingPoints;
        lease.endsAt = this.now() + res.msBeforeNext;
        return;
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        lease.endsAt = this.now() + rejection.msBeforeNext;
        if (block === 1) {
          lease.storeRemaining = 0;
          lease.refused = true;
          return;
        }
        // other processes took the rest meanwhile: give the block back and ask for what is left
        this.storeCalls += 1;
        await this.store.reward(id, block);
        lease.storeRemaining = Math.max(0, this.points - (rejection.consumedPoints - block));
      }
    }
  }

  /** Gives unused points back to the store: those of leases idle for a while, or all of them; forgets ended windows. */
  private async returnIdle(all: boolean): Promise<void> {
    const now = this.now();
    const returns: Promise<unknown>[] = [];
    for (const [id, lease] of this.leases) {
      if (lease.pending) continue;
      if (lease.endsAt <= now) {
        this.leases.delete(id);
        continue;
      }
      if (lease.available === 0 || (!all && now - lease.lastUsed < IDLE_RETURN_MS)) continue;
      const unused = lease.available;
      lease.available = 0;
      lease.storeRemaining += unused;
      // a window about to end takes its points with it
      if (lease.endsAt - now > 1_000) {
        this.storeCalls += 1;
        returns.push(this.store.reward(id, unused).catch(() => undefined));
      }
    }
    await Promise.all(returns);
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    await this.returnIdle(true);
  }
}
