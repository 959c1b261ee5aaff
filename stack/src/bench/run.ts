import { Pool } from "undici";

/** One request of a scenario: the body and the headers a client sends. */
export interface BenchRequest {
  body: string;
  headers: Record<string, string>;
}

export interface Sample {
  latencies: number[];
  requests: number;
  errors: number;
  seconds: number;
}

/**
 * Sends requests from `next` over `connections` keep-alive connections to `url` for
 * `seconds` (bounded, then it stops by itself), and on until `minRequests` have gone out,
 * and records each latency. A response that is not HTTP 200 or carries GraphQL errors
 * counts as an error.
 */
export async function load(
  url: string,
  next: () => BenchRequest,
  connections: number,
  seconds: number,
  minRequests = 0,
): Promise<Sample> {
  const target = new URL(url);
  const pool = new Pool(target.origin, { connections, pipelining: 1 });
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  try {
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < until || sent < minRequests) {
          sent += 1;
          const request = next();
          const t0 = performance.now();
          try {
            const response = await pool.request({
              path: target.pathname,
              method: "POST",
              headers: { "content-type": "application/json", ...request.headers },
              body: request.body,
            });
            const text = await response.body.text();
            if (response.statusCode !== 200 || text.includes('"errors"')) errors += 1;
          } catch {
            errors += 1;
          }
          latencies.push(performance.now() - t0);
        }
      }),
    );
  } finally {
    await pool.close();
  }
  return { latencies, requests: latencies.length, errors, seconds: (performance.now() - started) / 1000 };
}

export const percentile = (sorted: number[], p: number): number =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Several samples of one scenario and target, as one. */
export function merge(samples: Sample[]): Sample {
  return {
    latencies: samples.flatMap((s) => s.latencies),
    requests: samples.reduce((n, s) => n + s.requests, 0),
    errors: samples.reduce((n, s) => n + s.errors, 0),
    seconds: samples.reduce((n, s) => n + s.seconds, 0),
  };
}
