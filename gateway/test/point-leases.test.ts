import { randomBytes } from "node:crypto";
import { workerDatabaseUrl } from "@psg/testing";
import { Pool } from "pg";
import { type RateLimiterAbstract, RateLimiterPostgres } from "rate-limiter-flexible";
import { PointLeases } from "../src/point-leases";

const WINDOW_MS = 60_000;
let pool: Pool;
beforeAll(async () => {
  pool = new Pool({ connectionString: await workerDatabaseUrl(), max: 4 });
});
afterAll(() => pool.end());

/** A real PostgreSQL limiter on a table of its own, as each gateway process opens one. */
function storeLimiter(points: number, duration = WINDOW_MS / 1000): Promise<RateLimiterAbstract> {
  const tableName = `leases_${randomBytes(4).toString("hex")}`;
  return new Promise((resolve, reject) => {
    const limiter: RateLimiterAbstract = new RateLimiterPostgres(
      { storeClient: pool, storeType: "pool", tableName, keyPrefix: "t", points, duration },
      (error?: Error) => (error ? reject(error) : resolve(limiter)),
    );
  });
}

async function storeCount(limiter: RateLimiterAbstract, id: string): Promise<number> {
  return (await limiter.get(id))?.consumedPoints ?? 0;
}

describe("points leased from a shared PostgreSQL limiter", () => {
  it("ask the store about once per hundred requests of a busy id, and count every point there", async () => {
    const store = await storeLimiter(1_000_000);
    const leases = new PointLeases(store, 1_000_000, WINDOW_MS);
    const outcomes = await Promise.all(Array.from({ length: 1_000 }, () => leases.consume("busy")));
    expect(outcomes.every((o) => o.allowed)).toBe(true);
    expect(leases.storeCalls).toBeLessThanOrEqual(12);
    // the store holds the leased points: the requests answered, and the lease in hand (a block, and a renewal taken early)
    const leased = await storeCount(store, "busy");
    expect(leased).toBeGreaterThanOrEqual(1_000);
    expect(leased).toBeLessThanOrEqual(1_200);
    // closing gives the unused ones back
    await leases.close();
    expect(await storeCount(store, "busy")).toBe(1_000);
  });

  it("let two processes together accept the limit, one request each beyond it at most, and count each one in the store", async () => {
    const limit = 1_000;
    const store = await storeLimiter(limit);
    const processes = [new PointLeases(store, limit, WINDOW_MS), new PointLeases(store, limit, WINDOW_MS)];
    // 1,300 requests at once, alternating between the two
    const outcomes = await Promise.all(Array.from({ length: 1_300 }, (_, i) => processes[i % 2].consume("shared")));
    const accepted = outcomes.filter((o) => o.allowed).length;
    expect(accepted).toBeLessThanOrEqual(limit + processes.length);
    expect(accepted).toBeGreaterThan(limit - limit / 16);
    for (const refused of outcomes.filter((o) => !o.allowed)) {
      expect(refused.remainingPoints).toBe(0);
      expect(refused.msBeforeNext).toBeGreaterThan(0);
    }
    // what a process leased and did not spend goes back: the store then holds exactly the accepted requests
    await Promise.all(processes.map((p) => p.close()));
    expect(await storeCount(store, "shared")).toBe(Math.min(accepted, limit));
  });

  it("admit a process's first request of a window before the store answers only from 100 points up", async () => {
    const store = await storeLimiter(100);
    const first = new PointLeases(store, 100, WINDOW_MS);
    const spent = await Promise.all(Array.from({ length: 120 }, () => first.consume("advance")));
    expect(spent.filter((o) => o.allowed)).toHaveLength(100);
    // a second process has not seen the id: its first request goes ahead, the next ones wait for the store's no
    const second = new PointLeases(store, 100, WINDOW_MS);
    const late = [await second.consume("advance"), await second.consume("advance"), await second.consume("advance")];
    expect(late.map((o) => o.allowed)).toEqual([true, false, false]);
    await Promise.all([first.close(), second.close()]);
  });

  it("count one point at a time near a small limit, so every process sees the exact remainder", async () => {
    const store = await storeLimiter(5);
    const [a, b] = [new PointLeases(store, 5, WINDOW_MS), new PointLeases(store, 5, WINDOW_MS)];
    const seen: [boolean, number][] = [];
    for (let i = 0; i < 7; i++) {
      const outcome = await (i % 2 ? b : a).consume("small");
      seen.push([outcome.allowed, outcome.remainingPoints]);
    }
    expect(seen).toEqual([
      [true, 4],
      [true, 3],
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
      [false, 0],
    ]);
    await Promise.all([a.close(), b.close()]);
  });

  it("start a new lease when the store's window has ended", async () => {
    const store = await storeLimiter(3, 1);
    const leases = new PointLeases(store, 3, 1_000);
    const first = await Promise.all([1, 2, 3, 4].map(() => leases.consume("window")));
    expect(first.map((o) => o.allowed)).toEqual([true, true, true, false]);
    expect(first[3].msBeforeNext).toBeLessThanOrEqual(1_000);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const next = await leases.consume("window");
    expect(next).toMatchObject({ allowed: true, remainingPoints: 2 });
    await leases.close();
  });
});
