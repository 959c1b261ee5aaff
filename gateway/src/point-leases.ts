import { type RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";

/** What one request is told by a counter. */
export interface LeaseOutcome {
  allowed: boolean;
  /** An estimate: the shared store's remainder when this process last asked, plus its unused lease. */
  remainingPoints: number;
  msBeforeNext: number;
}

interface Lease {
  /** Points taken from the shared store and not yet spent by a request of this process (-1: one spent in advance). */
  available: number;
  /** What the store had left after this process's last lease. */
  storeRemaining: number;
  /** When the store's window for the id ends (epoch ms). */
  endsAt: number;
  /** Set once the store refused a single point: answered from memory until the window ends. */
  refused: boolean;
  pending: Promise<void> | null;
}

/** A lease never takes more than this share of what the store has left, so other processes keep most of it. */
const LEASE_SHARE = 1 / 16;
const MAX_LEASE = 100;
/**
 * While the store had at least this many points left when the process last asked (or it has
 * not asked yet in this window), a request never waits for it: the lease is renewed in the
 * background once it runs low, and the request that finds it empty goes ahead on a point
 * spent in advance (the requests behind it wait for the renewal). Only a store drained by
 * other processes in the meantime refuses a renewal, so a process admits at most one request
 * per id and window beyond the limit in such a race; closer to the limit every point is
 * counted in the store before its request goes ahead.
 */
const ADVANCE_MIN_POINTS = 100;

/**
 * Requests counted in the process against points leased from a shared limiter: a request
 * spends a point of this process's lease, and only a lease running low asks the store, for
 * a block of points (a sixteenth of what the store has left, at most 100). Near the limit
 * the blocks shrink to one point, so the store's count is exact where it decides, and every
 * process's accepted requests together do not exceed the limit (but for the race described
 * at ADVANCE_MIN_POINTS). Concurrent requests of one id share one store call. Unused points
 * die with their window, or are given back to the store on close.
 */
export class PointLeases {
  private readonly leases = new Map<string, Lease>();
  private readonly sweeper: NodeJS.Timeout;
  /** Calls made to the shared store, for the tests. */
  storeCalls = 0;

  constructor(
    private readonly store: RateLimiterAbstract,
    private readonly points: number,
    /** The store's window, for the reset of a request admitted before the store answered. */
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.sweeper = setInterval(() => this.forgetEnded(), 5_000);
    this.sweeper.unref();
  }

  /** A point of the lease in hand, without waiting; null when the store must be asked first (then `consume`). */
  take(id: string): LeaseOutcome | null {
    const lease = this.leases.get(id);
    const now = this.now();
    if (!lease || lease.endsAt <= now) return null;
    if (lease.refused) return { allowed: false, remainingPoints: 0, msBeforeNext: lease.endsAt - now };
    if (lease.available <= 0) return null;
    lease.available -= 1;
    if (!lease.pending && lease.storeRemaining >= ADVANCE_MIN_POINTS && lease.available < this.blockFor(lease) / 4) {
      this.renew(id, lease).catch(() => undefined);
    }
    return { allowed: true, remainingPoints: lease.storeRemaining + lease.available, msBeforeNext: lease.endsAt - now };
  }

  async consume(id: string): Promise<LeaseOutcome> {
    for (;;) {
      const now = this.now();
      let lease = this.leases.get(id);
      if (lease && lease.endsAt <= now && !lease.pending) {
        this.leases.delete(id);
        lease = undefined;
      }
      const inHand = this.take(id);
      if (inHand) return inHand;
      if (lease?.pending) {
        await lease.pending;
        continue;
      }
      if (!lease) {
        lease = { available: 0, storeRemaining: this.points, endsAt: 0, refused: false, pending: null };
        this.leases.set(id, lease);
      }
      const renewal = this.renew(id, lease);
      if (lease.storeRemaining >= ADVANCE_MIN_POINTS) {
        lease.available = -1;
        renewal.catch(() => undefined);
        const msBeforeNext = lease.endsAt > now ? lease.endsAt - now : this.windowMs;
        return { allowed: true, remainingPoints: lease.storeRemaining - 1, msBeforeNext };
      }
      await renewal;
    }
  }

  private blockFor(lease: Lease): number {
    return Math.max(1, Math.min(MAX_LEASE, Math.floor(lease.storeRemaining * LEASE_SHARE)));
  }

  private renew(id: string, lease: Lease): Promise<void> {
    lease.pending = this.lease(id, lease).finally(() => {
      lease.pending = null;
    });
    return lease.pending;
  }

  /** Takes a block of points from the store into the lease; a refused block is given back and a smaller one asked for. */
  private async lease(id: string, lease: Lease): Promise<void> {
    for (;;) {
      const block = this.blockFor(lease);
      this.storeCalls += 1;
      try {
        const res = await this.store.consume(id, block);
        const now = this.now();
        // a lease of an ended window is worth nothing: its points start the new one
        if (lease.endsAt <= now) lease.available = Math.min(lease.available, 0);
        lease.available += block;
        lease.storeRemaining = res.remainingPoints;
        lease.endsAt = now + res.msBeforeNext;
        return;
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        lease.endsAt = this.now() + rejection.msBeforeNext;
        // the store counts a refused consumption too: give it back, so the store holds only points spent
        this.storeCalls += 1;
        await this.store.reward(id, block);
        if (block === 1) {
          lease.storeRemaining = 0;
          lease.available = 0;
          lease.refused = true;
          return;
        }
        // other processes took the rest meanwhile: ask for what is left
        lease.storeRemaining = Math.max(0, this.points - (rejection.consumedPoints - block));
      }
    }
  }

  private forgetEnded(): void {
    const now = this.now();
    for (const [id, lease] of this.leases) if (lease.endsAt <= now && !lease.pending) this.leases.delete(id);
  }

  /** Gives every unused point back to the store, so other processes can spend it. */
  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.forgetEnded();
    const now = this.now();
    await Promise.all(
      [...this.leases].map(async ([id, lease]) => {
        await lease.pending?.catch(() => undefined);
        if (lease.available <= 0 || lease.endsAt - now <= 1_000) return;
        this.storeCalls += 1;
        await this.store.reward(id, lease.available).catch(() => undefined);
        lease.available = 0;
      }),
    );
  }
}
