import pino from "pino";
import { currentRequestId } from "./request-id";

export type Logger = pino.Logger;

/**
 * Structured logs; secrets are redacted wherever they might appear. A line written while
 * serving a request carries its requestId.
 */
export function createLogger(service: string, level = "info"): Logger {
  return pino({
    name: service,
    level,
    mixin: () => {
      const requestId = currentRequestId();
      return requestId === undefined ? {} : { requestId };
    },
    redact: {
      paths: ["req.headers.authorization", 'req.headers["x-internal-secret"]', "secret", "key"],
      censor: "[redacted]",
    },
  });
}
