import type { WebhookResult } from "./webhooks";

/** Where a scenario is sent: our gateway, the same without its limits, the subgraph itself, Hive Gateway. */
export type Target = "gateway" | "limits off" | "direct" | "hive";

export interface Row {
  scenario: string;
  target: Target;
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Peak resident memory of each process during the rounds, MB. */
  rssMb: Record<string, number>;
  sqlPerRequest: number | null;
  /** CPU time our gateway process spent per request (gateway and limits off targets), ms. */
  gatewayCpuMsPerRequest?: number | null;
  /** The same figures round by round, so a comparison can show how much they vary. */
  rounds?: { perSecond: number; gatewayCpuMsPerRequest: number }[];
}

export interface BenchResult {
  vouchers: number;
  partners: number;
  customers: number;
  connections: number;
  seconds: number;
  rounds: number;
  /** Which limits the "limits off" target went without (all when absent). */
  limitsOff?: "all" | "operation" | "rate" | "none";
  at: string;
  rows: Row[];
  /** Voucher transitions with a subscribed endpoint; absent with --no-webhooks. */
  webhooks?: WebhookResult;
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "-");

/** The one table `npm run bench` prints. */
export function formatTable(result: BenchResult): string {
  const processes = [...new Set(result.rows.flatMap((r) => Object.keys(r.rssMb)))];
  const header = `| scenario | via | req/s | p50 ms | p95 ms | p99 ms | errors | SQL/req | ${processes.map((p) => `${p} MB`).join(" | ")} |`;
  const rule = `|---|---|---:|---:|---:|---:|---:|---:|${processes.map(() => "---:").join("|")}|`;
  const rows = result.rows.map(
    (r) =>
      `| ${r.scenario} | ${r.target} | ${r.perSecond.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.errors} | ${
        r.sqlPerRequest === null ? "-" : r.sqlPerRequest.toFixed(1)
      } | ${processes.map((p) => (r.rssMb[p] ? r.rssMb[p].toFixed(0) : "-")).join(" | ")} |`,
  );
  return [header, rule, ...rows].join("\n");
}

const percent = (on: number, off: number) => ((on - off) / off) * 100;
const signed = (n: number) => `${n >= 0 ? "+" : ""}${n.toFixed(0)}`;
const change = (on: number, off: number) => `${signed(percent(on, off))} %`;

/** The change over the whole run, and the lowest and highest change of a single round. */
function changeWithRounds(on: number, off: number, rounds: number[]): string {
  if (rounds.length < 2) return change(on, off);
  return `${change(on, off)} (${signed(Math.min(...rounds))} … ${signed(Math.max(...rounds))})`;
}

const cpu = (row: Row) => (row.gatewayCpuMsPerRequest ? row.gatewayCpuMsPerRequest.toFixed(2) : "-");

/**
 * Each scenario through the gateway with its limits and without them, side by side; each
 * change with its range over the rounds, which shows how much of it the run can tell apart.
 */
export function formatLimitsComparison(result: BenchResult): string {
  const header =
    "| scenario | req/s limits on / off | change (rounds) | p95 ms limits on / off | change | gateway CPU ms/req on / off | change (rounds) |";
  const rule = "|---|---:|---:|---:|---:|---:|---:|";
  const lines: string[] = [];
  for (const on of result.rows.filter((r) => r.target === "gateway")) {
    const off = result.rows.find((r) => r.scenario === on.scenario && r.target === "limits off");
    if (!off) continue;
    const paired = (on.rounds ?? []).flatMap((r, i) => {
      const other = off.rounds?.[i];
      return other ? [{ on: r, off: other }] : [];
    });
    const rate = paired.map((p) => percent(p.on.perSecond, p.off.perSecond));
    const cpuRounds = paired.map((p) => percent(p.on.gatewayCpuMsPerRequest, p.off.gatewayCpuMsPerRequest));
    lines.push(
      `| ${on.scenario} | ${on.perSecond.toFixed(0)} / ${off.perSecond.toFixed(0)} | ${changeWithRounds(
        on.perSecond,
        off.perSecond,
        rate,
      )} | ${ms(on.p95)} / ${ms(off.p95)} | ${change(on.p95, off.p95)} | ${cpu(on)} / ${cpu(off)} | ${
        on.gatewayCpuMsPerRequest && off.gatewayCpuMsPerRequest
          ? changeWithRounds(on.gatewayCpuMsPerRequest, off.gatewayCpuMsPerRequest, cpuRounds)
          : "-"
      } |`,
    );
  }
  return [header, rule, ...lines].join("\n");
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * An SVG line chart: p95 latency through our gateway by data size, one line per scenario
 * (scenario names without their counts, so the same scenario at every size is one line).
 */
export function latencyChart(results: BenchResult[]): string {
  const sizes = [...new Set(results.map((r) => r.vouchers))].sort((a, b) => a - b);
  const base = (name: string) => name.replace(/\s*\([^)]*\)/g, "").replace(/\d+ /g, "");
  const series = new Map<string, Map<number, number>>();
  for (const result of results) {
    for (const row of result.rows.filter((r) => r.target === "gateway")) {
      const line = series.get(base(row.scenario)) ?? new Map<number, number>();
      line.set(result.vouchers, row.p95);
      series.set(base(row.scenario), line);
    }
  }
  const width = 760;
  const height = 420;
  const left = 60;
  const right = 290;
  const top = 30;
  const bottom = 50;
  const max = Math.max(1, ...[...series.values()].flatMap((l) => [...l.values()]).filter(Number.isFinite)) * 1.1;
  const x = (i: number) => left + (sizes.length === 1 ? 0 : (i / (sizes.length - 1)) * (width - left - right));
  const y = (v: number) => height - bottom - (v / max) * (height - top - bottom);
  const colours = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    "<title>p95 latency through the gateway by number of vouchers</title>",
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${left}" y="18" font-size="14">p95 latency through the gateway (ms) by number of vouchers</text>`,
    `<line x1="${left}" y1="${height - bottom}" x2="${width - right}" y2="${height - bottom}" stroke="black"/>`,
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${height - bottom}" stroke="black"/>`,
  ];
  for (let t = 0; t <= 4; t++) {
    const v = (max / 4) * t;
    parts.push(`<text x="${left - 6}" y="${y(v) + 4}" text-anchor="end">${v.toFixed(0)}</text>`);
    parts.push(`<line x1="${left}" y1="${y(v)}" x2="${width - right}" y2="${y(v)}" stroke="#ddd"/>`);
  }
  sizes.forEach((size, i) => {
    parts.push(`<text x="${x(i)}" y="${height - bottom + 18}" text-anchor="middle">${size.toLocaleString("en")}</text>`);
  });
  [...series.entries()].forEach(([name, line], n) => {
    const colour = colours[n % colours.length];
    const points = sizes
      .map((size, i) => [x(i), line.get(size)] as const)
      .filter(([, v]) => v !== undefined && Number.isFinite(v));
    parts.push(
      `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points.map(([px, v]) => `${px},${y(v as number)}`).join(" ")}"/>`,
    );
    for (const [px, v] of points) parts.push(`<circle cx="${px}" cy="${y(v as number)}" r="3" fill="${colour}"/>`);
    const ly = top + 10 + n * 18;
    parts.push(`<rect x="${width - right + 15}" y="${ly - 9}" width="10" height="10" fill="${colour}"/>`);
    parts.push(`<text x="${width - right + 30}" y="${ly}">${escapeXml(name)}</text>`);
  });
  parts.push("</svg>");
  return `${parts.join("\n")}\n`;
}
