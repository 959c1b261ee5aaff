import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { startGateway } from "@psg/gateway";
import { loadConfig, SUBGRAPHS, type SubgraphName } from "@psg/shared";
import pino from "pino";
import type { TestStack } from "./stack";

const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "host"]);

/** An HTTP relay in front of one subgraph that remembers every body it passes on. */
async function startTap(target: string, seen: string[]): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    seen.push(body.toString("utf8"));
    const headers = Object.entries(req.headers).flatMap(([name, value]) =>
      HOP_BY_HOP.has(name) || value === undefined ? [] : [[name, String(value)] as [string, string]],
    );
    try {
      const response = await fetch(new URL(req.url ?? "/", target), {
        method: req.method,
        headers,
        body: body.length > 0 ? body : undefined,
      });
      const answer = Buffer.from(await response.arrayBuffer());
      res.writeHead(response.status, Object.fromEntries([...response.headers].filter(([name]) => !HOP_BY_HOP.has(name))));
      res.end(answer);
    } catch {
      res.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}

export interface TappedGateway {
  url: string;
  /** Every request body that reached a subgraph through this gateway, in order. */
  subgraphRequests: string[];
  /** This gateway's log lines, parsed. */
  logs: { level: number; msg: string; err?: { stack?: string } }[];
  close(): Promise<void>;
}

/**
 * A second gateway on the stack's subgraphs, with the default configuration (or `env`),
 * whose subgraph traffic and logs a test can read: proof of what reached a subgraph.
 */
export async function startTappedGateway(stack: TestStack, env: Record<string, string> = {}): Promise<TappedGateway> {
  const subgraphRequests: string[] = [];
  const taps = {} as Record<SubgraphName, { url: string; server: Server }>;
  for (const name of SUBGRAPHS) taps[name] = await startTap(stack.subgraphUrls[name], subgraphRequests);
  const logs: TappedGateway["logs"] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n")) if (line) logs.push(JSON.parse(line));
      done();
    },
  });
  const config = loadConfig("gateway", {
    HOST: "127.0.0.1",
    PORT: "0",
    INTERNAL_SECRET: stack.internalSecret,
    RATE_LIMIT_PER_MINUTE: "0",
    SANDBOX_TIME: "on",
    PARTNERS_URL: taps.partners.url,
    VOUCHERS_URL: taps.vouchers.url,
    PAYMENTS_URL: taps.payments.url,
    ...env,
  });
  const gateway = await startGateway(config, pino({ level: "info" }, sink));
  return {
    url: gateway.url,
    subgraphRequests,
    logs,
    close: async () => {
      await gateway.close();
      for (const { server } of Object.values(taps)) {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    },
  };
}
