import { join } from "node:path";
import type { ServiceName } from "@psg/shared";

/** Each service's (and the worker's) entry point after `npm run build`, as `npm run start:<service>` runs it. */
export const SERVICE_ENTRY: Record<ServiceName | "worker", string> = {
  partners: join(__dirname, "..", "..", "subgraphs", "partners", "dist", "main.js"),
  vouchers: join(__dirname, "..", "..", "subgraphs", "vouchers", "dist", "main.js"),
  payments: join(__dirname, "..", "..", "subgraphs", "payments", "dist", "main.js"),
  events: join(__dirname, "..", "..", "subgraphs", "events", "dist", "main.js"),
  worker: join(__dirname, "..", "..", "subgraphs", "events", "dist", "worker", "main.js"),
  gateway: join(__dirname, "..", "..", "gateway", "dist", "main.js"),
};

/** Polls `url` until it answers 2xx. */
export async function waitForReady(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not become ready within ${timeoutMs / 1000} s`);
}
