import { CachedKeyVerifier, hashApiKey, type KeyPrincipal } from "../src";

const principal = (apiKeyId: string): KeyPrincipal =>
  ({ kind: "KEY", apiKeyId, organizationKind: "PARTNER", organizationId: "p1", roles: [] }) as unknown as KeyPrincipal;

/** A key table that answers lookups one at a time, when the test says so, and counts them. */
function keyTable() {
  const waiting: (() => void)[] = [];
  let current: KeyPrincipal | null = principal("k1");
  const table = {
    lookups: 0,
    revoke: () => {
      current = null;
    },
    answerAll: () => {
      for (const answer of waiting.splice(0)) answer();
    },
    lookup: (keyHashes: readonly string[]) => {
      expect(keyHashes).toEqual([hashApiKey("secret")]);
      table.lookups += 1;
      const answer = current;
      return new Promise<(KeyPrincipal | null)[]>((resolve) => waiting.push(() => resolve([answer])));
    },
  };
  return table;
}

const tick = () => new Promise((r) => setImmediate(r));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("a cached key verifier", () => {
  it("without stale answers, waits for a new lookup once an answer is older than its ttl", async () => {
    let now = 0;
    const table = keyTable();
    const verifier = new CachedKeyVerifier(table.lookup, { ttlMs: 5_000 }, () => now);
    const first = verifier.verify("secret");
    await tick();
    table.answerAll();
    expect(await first).toMatchObject({ apiKeyId: "k1" });
    // not used past 60 % of its time, so not refreshed ahead
    now = 2_999;
    expect(await verifier.verify("secret")).toMatchObject({ apiKeyId: "k1" });
    expect(table.lookups).toBe(1);
    now = 5_000;
    table.revoke();
    const late = verifier.verify("secret");
    let settled = false;
    void late.then(() => {
      settled = true;
    });
    await tick();
    expect(settled).toBe(false);
    table.answerAll();
    expect(await late).toBeNull();
    expect(table.lookups).toBe(2);
  });

  it("refreshes an answer used late in its life before it runs out, so a key in use never waits", async () => {
    let now = 0;
    const table = keyTable();
    const verifier = new CachedKeyVerifier(table.lookup, { ttlMs: 5_000, gatherMs: 0 }, () => now);
    const first = verifier.verify("secret");
    await tick();
    table.answerAll();
    await first;
    now = 3_500;
    table.revoke();
    // still the old answer, with one refresh behind it however many requests come
    expect(await Promise.all([verifier.verify("secret"), verifier.verify("secret")])).toMatchObject([
      { apiKeyId: "k1" },
      { apiKeyId: "k1" },
    ]);
    await sleep(5);
    expect(table.lookups).toBe(2);
    table.answerAll();
    await tick();
    // the refreshed answer counts from when its lookup started, and never outlives the ttl
    now = 7_000;
    expect(verifier.known("secret")).toBeNull();
    expect(await verifier.verify("secret")).toBeNull();
    expect(table.lookups).toBe(2);
    now = 3_500 + 5_000;
    expect(verifier.known("secret")).toBeUndefined();
  });

  it("looks up together the keys that arrive at once, and the keys due for a refresh", async () => {
    let now = 0;
    const calls: string[][] = [];
    const verifier = new CachedKeyVerifier(
      async (keyHashes) => {
        calls.push([...keyHashes]);
        return keyHashes.map((hash) => principal(hash.slice(0, 8)));
      },
      { ttlMs: 5_000, gatherMs: 10 },
      () => now,
    );
    const secrets = Array.from({ length: 700 }, (_, i) => `secret-${i}`);
    await Promise.all(secrets.map((s) => verifier.verify(s)));
    // at most 500 a call
    expect(calls.map((c) => c.length)).toEqual([500, 200]);
    now = 4_000;
    for (const s of secrets) expect(verifier.known(s)).toMatchObject({ apiKeyId: hashApiKey(s).slice(0, 8) });
    await sleep(30);
    expect(calls.map((c) => c.length)).toEqual([500, 200, 500, 200]);
    now = 8_000;
    for (const s of secrets) expect(verifier.known(s)).toMatchObject({ apiKeyId: hashApiKey(s).slice(0, 8) });
  });

  it("with stale answers, answers at once from the old one while one lookup refreshes it", async () => {
    let now = 0;
    const table = keyTable();
    const verifier = new CachedKeyVerifier(table.lookup, { ttlMs: 30_000, staleMs: 600_000, gatherMs: 0 }, () => now);
    expect(verifier.known("secret")).toBeUndefined();
    const first = verifier.verify("secret");
    // asked but not answered: nothing known yet
    expect(verifier.known("secret")).toBeUndefined();
    await tick();
    table.answerAll();
    await first;
    expect(verifier.known("secret")).toMatchObject({ apiKeyId: "k1" });
    now = 40_000;
    table.revoke();
    // three requests past the ttl: the old answer at once, and a single lookup behind them
    const answers = await Promise.all([verifier.verify("secret"), verifier.verify("secret"), verifier.verify("secret")]);
    expect(answers.map((a) => a?.apiKeyId)).toEqual(["k1", "k1", "k1"]);
    await sleep(5);
    expect(table.lookups).toBe(2);
    table.answerAll();
    await tick();
    // the refreshed answer (revoked) is used from then on, without another lookup
    expect(await verifier.verify("secret")).toBeNull();
    expect(table.lookups).toBe(2);
    // past ttl + stale, a request waits for its lookup again
    now = 40_000 + 30_000 + 600_000;
    const expired = verifier.verify("secret");
    await tick();
    expect(table.lookups).toBe(3);
    table.answerAll();
    expect(await expired).toBeNull();
  });

  it("keeps at most 10,000 answers, however many made-up keys arrive within the ttl", async () => {
    let lookups = 0;
    const verifier = new CachedKeyVerifier(
      async (keyHashes) => {
        lookups += keyHashes.length;
        return keyHashes.map(() => null);
      },
      { ttlMs: 30_000, staleMs: 600_000 },
      () => 0,
    );
    for (let i = 0; i < 25_000; i++) await verifier.verify(`made-up-${i}`);
    expect((verifier as unknown as { cache: Map<string, unknown> }).cache.size).toBeLessThanOrEqual(10_000);
    // the newest answers are the ones kept
    await verifier.verify("made-up-24999");
    expect(lookups).toBe(25_000);
  });
});
