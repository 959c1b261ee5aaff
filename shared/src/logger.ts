import pino from "pino";

export type Logger = pino.Logger;

/** Structured logs; secrets are redacted wherever they might appear. */
export function createLogger(service: string, level = "info"): Logger {
  return pino({
    name: service,
    level,
    redact: {
      paths: ["req.headers.authorization", 'req.headers["x-internal-secret"]', "secret", "key"],
      censor: "[redacted]",
    },
  });
}
