import { graphqlRequest, queryCounter } from "@psg/shared";

export interface Scenario {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  key?: string;
}

export interface Result {
  name: string;
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  sqlPerRequest: number;
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Sends `requests` requests, `concurrency` at a time, and measures latency and SQL cost. */
export async function runScenario(url: string, scenario: Scenario, requests: number, concurrency: number): Promise<Result> {
  const send = () =>
    graphqlRequest(
      url,
      scenario.query,
      scenario.variables ?? {},
      scenario.key ? { authorization: `Bearer ${scenario.key}` } : {},
    );
  for (let i = 0; i < Math.min(20, requests); i++) await send(); // warm caches and connections
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const sqlBefore = queryCounter.count;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next += 1;
        const t0 = performance.now();
        const body = await send();
        latencies.push(performance.now() - t0);
        if (body.errors?.length) errors += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return {
    name: scenario.name,
    requests,
    errors,
    perSecond: requests / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    sqlPerRequest: (queryCounter.count - sqlBefore) / requests,
  };
}

export function formatResults(results: Result[]): string {
  const header = "| scenario | requests | errors | req/s | p50 ms | p95 ms | p99 ms | SQL/request |";
  const rule = "|---|---:|---:|---:|---:|---:|---:|---:|";
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${r.requests} | ${r.errors} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.sqlPerRequest.toFixed(1)} |`,
  );
  return [header, rule, ...rows].join("\n");
}
