import { createHash } from "node:crypto";
import { DomainError } from "@psg/shared";

/**
 * Requests per API key (or per client address without one) in a sliding minute, kept in
 * this process. A deployment with several gateways gets the limit per gateway.
 */
export class RateLimiter {
  private readonly windows = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  check(authorization: string | undefined, address: string | undefined): void {
    if (this.perMinute <= 0) return;
    const who = authorization ? createHash("sha256").update(authorization).digest("hex") : `ip:${address ?? "unknown"}`;
    const now = this.now();
    const recent = (this.windows.get(who) ?? []).filter((at) => now - at < 60_000);
    if (recent.length >= this.perMinute) {
      this.windows.set(who, recent);
      throw new DomainError(
        "RATE_LIMITED",
        `More than ${this.perMinute} requests in a minute; slow down and retry shortly.`,
        429,
      );
    }
    recent.push(now);
    this.windows.set(who, recent);
    if (this.windows.size > 50_000) this.windows.clear();
  }
}
