import type express from "express";
import type { Logger } from "./logger";
import { codeLabel, type ServiceMetrics } from "./metrics";
import { scopeOf } from "./request-id";

/**
 * GET /metrics, and for every GraphQL request one access-log line and its metrics:
 * operation, organisation, HTTP status, first error code and duration. Never a header
 * value, a variable or a key.
 */
export function observeRequests(app: express.Express, log: Logger, metrics: ServiceMetrics): void {
  app.get("/metrics", metrics.handler);
  app.use("/graphql", (_req, res, next) => {
    const started = performance.now();
    res.on("finish", () => {
      const scope = scopeOf(res);
      const ms = Math.round((performance.now() - started) * 10) / 10;
      const operation = scope.operationName ?? "other";
      const code = codeLabel(scope.code);
      metrics.observeRequest(operation, code, res.statusCode, ms / 1000);
      log.info(
        { requestId: scope.requestId, operation, organization: scope.organization, status: res.statusCode, code, ms },
        "request",
      );
    });
    next();
  });
}
