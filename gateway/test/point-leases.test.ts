import { randomBytes } from "node:crypto";
import { workerDatabaseUrl } from "@psg/testing";
import { Pool } from "pg";
import { type RateLimiterAbstract, RateLimiterPostgres } from "rate-limiter-flexible";
import { PointLeases } from "../src/point-leases";

let pool: Pool;
beforeAll(async () => {
  pool = new Pool({ connectionString: await workerDatabaseUrl(), max: 4 });
});
afterAll(() => pool.end());

/** A real PostgreSQL limiter on a table of its own, as each gateway process opens one. */
function storeLimiter(points: number): Promise<RateLimiterAbstract> {
  const tableName = `leases_${randomBytes(4).toString("hex")}`;
  return new Promise((resolve, reject) => {
    const limiter: RateLimiterAbstract = new RateLimiterPostgres(
      { storeClient: pool, storeType: "pool", tableName, keyPrefix: "t", points, duration: 60 },
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
    const leases = new PointLeases(store, 1_000_000);
    const outcomes = await Promise.all(Array.from({ length: 1_000 }, () => leases.consume("busy")));
    expect(outcomes.every((o) => o.allowed)).toBe(true);
    expect(leases.storeCalls).toBeLessThanOrEqual(12);
    // the store holds the leased points, which cover the requests answered and no more than one block beyond
    const leased = await storeCount(store, "busy");
    expect(leased).toBeGreaterThanOrEqual(1_000);
    expect(leased).toBeLessThan(1_100);
    // closing gives the unused ones back
    await leases.close();
    expect(await storeCount(store, "busy")).toBe(1_000);
  });

  it("let two processes together accept exactly the limit, never more, with no point lost", async () => {
    const limit = 1_000;
    const store = await storeLimiter(limit);
    const processes = [new PointLeases(store, limit), new PointLeases(store, limit)];
    // 1,300 requests at once, alternating between the two
    const outcomes = await Promise.all(Array.from({ length: 1_300 }, (_, i) => processes[i % 2].consume("shared")));
    const accepted = outcomes.filter((o) => o.allowed).length;
    expect(accepted).toBeLessThanOrEqual(limit);
    expect(accepted).toBeGreaterThan(limit - limit / 16);
    for (const refused of outcomes.filter((o) => !o.allowed)) {
      expect(refused.remainingPoints).toBe(0);
      expect(refused.msBeforeNext).toBeGreaterThan(0);
    }
    // what a process leased and did not spend goes back, and a third process can spend exactly that
    await Promise.all(processes.map((p) => p.close()));
    const third = new PointLeases(store, limit);
    const later = await Promise.all(Array.from({ length: 200 }, () => third.consume("shared")));
    expect(accepted + later.filter((o) => o.allowed).length).toBe(limit);
    await third.close();
  });

  it("count one point at a time near a small limit, so every process sees the exact remainder", async () => {
    const store = await storeLimiter(5);
    const [a, b] = [new PointLeases(store, 5), new PointLeases(store, 5)];
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

  it("give back the points of a lease left idle, for another process to spend", async () => {
    const limit = 1_600;
    const store = await storeLimiter(limit);
    const idle = new PointLeases(store, limit);
    await idle.consume("idle");
    expect(await storeCount(store, "idle")).toBe(limit / 16);
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    expect(await storeCount(store, "idle")).toBe(1);
    await idle.close();
  });
});
