import cors from "cors";
import type { RequestHandler } from "express";

/** Headers a browser frontend may send and read. */
const ALLOWED_HEADERS = [
  "content-type",
  "authorization",
  "x-sandbox-time",
  "x-request-id",
  "traceparent",
  "tracestate",
  "apollo-require-preflight",
];
const EXPOSED_HEADERS = ["x-request-id"];

/** `http://localhost:*` matches any port of that host; `*` matches every origin. */
export function originMatcher(patterns: readonly string[]): (origin: string) => boolean {
  const tests = patterns.map((pattern) => {
    if (pattern === "*") return () => true;
    if (pattern.endsWith(":*")) {
      const prefix = pattern.slice(0, -1);
      return (origin: string) => origin.startsWith(prefix) && /^\d{1,5}$/.test(origin.slice(prefix.length));
    }
    return (origin: string) => origin === pattern;
  });
  return (origin) => tests.some((test) => test(origin));
}

/**
 * CORS for browser frontends on the origins of CORS_ORIGINS, without credentials (API keys
 * travel in the Authorization header, never in cookies). Preflights are answered for
 * every origin; only listed ones get the headers that let the browser go on.
 */
export function corsFor(patterns: readonly string[]): RequestHandler {
  const allowed = originMatcher(patterns);
  const withHeaders = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed(origin)),
    credentials: false,
    methods: ["GET", "POST"],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });
  // `cors` passes a refused origin's preflight on; it is answered here, without the headers
  return (req, res, next) =>
    withHeaders(req, res, (error?: unknown) => {
      if (error) next(error);
      else if (req.method === "OPTIONS") res.status(204).end();
      else next();
    });
}
