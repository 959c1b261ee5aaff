import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { freePort } from "@psg/shared";
import {
  createCustomer,
  type ServiceProcess,
  stackEnv,
  startServiceProcess,
  startTestStack,
  type TestCustomer,
  type TestStack,
} from "@psg/testing";

/** Its own database, so no other file's traffic shares the counters. */
let stack: TestStack;
let customer: TestCustomer;
beforeAll(async () => {
  stack = await startTestStack({}, { freshDatabase: true });
  customer = await createCustomer(stack);
});
afterAll(() => stack.stop());

const LIMITS = { RATE_LIMIT_PER_MINUTE: "5", RATE_LIMIT_ORGANIZATION_PER_MINUTE: "8" };

interface Answer {
  status: number;
  code: string | undefined;
  limit: string | null;
  remaining: string | null;
  reset: string | null;
  retryAfter: string | null;
}

async function send(gateway: ServiceProcess, authorization?: string): Promise<Answer> {
  const response = await fetch(gateway.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query: "{ viewer { organizationKind } }" }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return {
    status: response.status,
    code: body.errors?.[0]?.extensions?.code,
    limit: response.headers.get("ratelimit-limit"),
    remaining: response.headers.get("ratelimit-remaining"),
    reset: response.headers.get("ratelimit-reset"),
    retryAfter: response.headers.get("retry-after"),
  };
}

/** Two real gateway processes on one store, requests alternating between them. */
async function twoGateways(env: Record<string, string>): Promise<[ServiceProcess, ServiceProcess]> {
  const gateways = await Promise.all([startServiceProcess("gateway", env), startServiceProcess("gateway", env)]);
  return gateways as [ServiceProcess, ServiceProcess];
}

describe("two gateway processes on one database", () => {
  let gateways: [ServiceProcess, ServiceProcess];
  beforeAll(async () => {
    gateways = await twoGateways({ ...stackEnv(stack), ...LIMITS });
  });
  afterAll(async () => {
    await Promise.all(gateways.map((g) => g.kill()));
  });

  it("share one limit per verified key, however the header is spelt, with Retry-After on the 429", async () => {
    const key = customer.keys.benefitsAdmin;
    const spellings = [`Bearer ${key}`, `bearer ${key}`, `BEARER   ${key}`, `Bearer ${key}   `, `bEaReR\t${key}`];
    const answers: Answer[] = [];
    for (const [i, authorization] of spellings.entries()) answers.push(await send(gateways[i % 2], authorization));
    expect(answers.map((a) => [a.status, a.code, a.limit, a.remaining])).toEqual([
      [200, undefined, "5", "4"],
      [200, undefined, "5", "3"],
      [200, undefined, "5", "2"],
      [200, undefined, "5", "1"],
      [200, undefined, "5", "0"],
    ]);
    for (const answer of answers) expect(Number(answer.reset)).toBeGreaterThan(0);

    const refused = await send(gateways[1], `Bearer ${key}`);
    expect(refused).toMatchObject({ status: 429, code: "RATE_LIMITED", limit: "5", remaining: "0" });
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    expect(refused.reset).toBe(refused.retryAfter);
  });

  it("count every key of an organisation against the organisation's own limit", async () => {
    // the organisation has spent 6 of its 8 (five answered, one refused by the key's limit)
    const other = `Bearer ${customer.keys.projectManager}`;
    const answers = [await send(gateways[0], other), await send(gateways[1], other), await send(gateways[0], other)];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 429]);
    expect(answers[2]).toMatchObject({ code: "RATE_LIMITED", limit: "8" });
  });

  it("count unknown keys by client address, never against anyone's key", async () => {
    const bogus = Array.from({ length: 6 }, (_, i) => `Bearer psg_bogus_key_${i}_${Date.now()}`);
    const answers: Answer[] = [];
    for (const [i, authorization] of bogus.entries()) answers.push(await send(gateways[i % 2], authorization));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 429]);
    expect(answers.slice(0, 5).map((a) => a.code)).toEqual(Array(5).fill("UNAUTHENTICATED"));
    // no key at all: the same address counter
    expect((await send(gateways[0])).status).toBe(429);
    // the operator's key has its own counters, and the refused key is still refused
    expect(await send(gateways[1], `Bearer ${stack.operatorKey}`)).toMatchObject({ status: 200, remaining: "4" });
    expect((await send(gateways[0], `Bearer ${customer.keys.benefitsAdmin}`)).status).toBe(429);
  });
});

const hasRedis = spawnSync("redis-server", ["--version"]).status === 0;

(hasRedis ? describe : describe.skip)("two gateway processes on one Redis (REDIS_URL)", () => {
  let redis: ChildProcess;
  let gateways: [ServiceProcess, ServiceProcess];
  beforeAll(async () => {
    const port = await freePort();
    redis = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
      stdio: "ignore",
    });
    await new Promise((r) => setTimeout(r, 300));
    gateways = await twoGateways({ ...stackEnv(stack), ...LIMITS, REDIS_URL: `redis://127.0.0.1:${port}` });
  });
  afterAll(async () => {
    await Promise.all(gateways?.map((g) => g.kill()) ?? []);
    redis.kill("SIGKILL");
  });

  it("share one limit per key", async () => {
    const key = `Bearer ${stack.operatorKey}`;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await send(gateways[i % 2], key)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});
