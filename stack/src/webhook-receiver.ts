import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export interface ReceivedWebhook {
  webhookId: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The parsed body; `type`, `timestamp`, `data` and the event's id and subject. */
  payload: { id: string; type: string; timestamp: string; subjectType: string; subjectId: string; data: Record<string, unknown> };
  /** Did the Standard Webhooks library verify the signature with the receiver's secret? */
  verified: boolean;
  receivedAt: number;
  /** When the answer was sent (epoch ms); undefined while unanswered. */
  answeredAt?: number;
}

/** How the receiver answers a request: a status code, or "hang" (never answer). */
export type Answer = number | "hang";

export interface WebhookReceiver {
  url: string;
  /** Every request, in arrival order (answered or not). */
  received: ReceivedWebhook[];
  /** The secret signatures are verified with (set it once the endpoint is created). */
  secret: string | undefined;
  /** How to answer the next requests; 204 by default. */
  answer: (message: ReceivedWebhook) => Answer | Promise<Answer>;
  close(): Promise<void>;
}

/**
 * A small webhook receiver on loopback: it verifies each request's signature with the
 * endpoint's secret (Standard Webhooks reference library) and keeps what it received. The
 * demo and the tests both use it.
 */
export async function startWebhookReceiver(
  options: { port?: number; host?: string; onMessage?: (message: ReceivedWebhook) => void } = {},
): Promise<WebhookReceiver> {
  const receiver: WebhookReceiver = {
    url: "",
    received: [],
    secret: undefined,
    answer: () => 204,
    close: async () => undefined,
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const body = Buffer.concat(chunks).toString("utf8");
      let verified = false;
      try {
        if (receiver.secret) {
          new Webhook(receiver.secret).verify(body, req.headers as Record<string, string>);
          verified = true;
        }
      } catch {
        verified = false;
      }
      let payload: ReceivedWebhook["payload"];
      try {
        payload = JSON.parse(body);
      } catch {
        res.writeHead(400).end();
        return;
      }
      const message: ReceivedWebhook = {
        webhookId: String(req.headers["webhook-id"] ?? ""),
        headers: req.headers,
        body,
        payload,
        verified,
        receivedAt: Date.now(),
      };
      receiver.received.push(message);
      options.onMessage?.(message);
      const answer = await receiver.answer(message);
      if (answer === "hang") return;
      message.answeredAt = Date.now();
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  receiver.url = `http://127.0.0.1:${port}/webhooks`;
  receiver.close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return receiver;
}
