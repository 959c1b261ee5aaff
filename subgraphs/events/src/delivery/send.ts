import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";
import { Webhook } from "standardwebhooks";
import { isBlockedAddress, publicOnlyLookup } from "../webhook-endpoint/destination";

export interface AttemptResult {
  succeeded: boolean;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

export interface Message {
  url: string;
  secret: string;
  webhookId: string;
  body: string;
}

/** The three Standard Webhooks headers of a message, signed at `at` with the endpoint's secret. */
export function signedHeaders(message: Omit<Message, "url">, at: Date): Record<string, string> {
  return {
    "webhook-id": message.webhookId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(message.secret).sign(message.webhookId, at, message.body),
  };
}

const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * One POST of a signed message. A 2xx answer within `timeoutMs` succeeds; anything else is a
 * failure with its reason. When `restricted`, the URL must be https and the address it
 * resolves to now (not at creation) must be public.
 */
export function sendMessage(
  message: Message,
  at: Date,
  options: { timeoutMs: number; restricted: boolean },
): Promise<AttemptResult> {
  const started = process.hrtime.bigint();
  const elapsed = () => Number((process.hrtime.bigint() - started) / 1_000_000n);
  const failed = (error: string, statusCode: number | null = null): AttemptResult => ({
    succeeded: false,
    statusCode,
    durationMs: elapsed(),
    error,
  });
  const url = new URL(message.url);
  if (options.restricted) {
    if (url.protocol !== "https:") return Promise.resolve(failed("WEBHOOK_URL_NOT_ALLOWED: https is required"));
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (isIP(host) && isBlockedAddress(host)) return Promise.resolve(failed("WEBHOOK_URL_NOT_ALLOWED: private address"));
  }
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: AttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const req = send(
      url,
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "planning-services-graph-webhooks",
          ...signedHeaders(message, at),
        },
        ...(options.restricted ? { lookup: publicOnlyLookup } : {}),
      },
      (res) => {
        let received = 0;
        res.on("data", (chunk: Buffer) => {
          received += chunk.length;
          if (received > MAX_RESPONSE_BYTES) res.destroy();
        });
        const done = () => {
          const status = res.statusCode ?? 0;
          finish(
            status >= 200 && status < 300
              ? { succeeded: true, statusCode: status, durationMs: elapsed(), error: null }
              : failed(`HTTP ${status}`, status),
          );
        };
        res.on("end", done);
        res.on("close", done);
        res.on("error", done);
      },
    );
    const timer = setTimeout(() => {
      finish(failed(`timed out after ${options.timeoutMs} ms`));
      req.destroy();
    }, options.timeoutMs);
    req.on("error", (error: Error & { code?: string }) =>
      finish(failed(error.code ? `${error.code}: ${error.message}` : error.message)),
    );
    req.end(message.body);
  });
}
