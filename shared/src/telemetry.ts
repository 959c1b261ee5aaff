/**
 * OpenTelemetry tracing of a service process: spans for incoming HTTP, express, GraphQL,
 * SQL and outgoing fetches, exported over OTLP. Only when OTEL_EXPORTER_OTLP_ENDPOINT is
 * set is the SDK loaded at all; the other OTEL_* variables of the SDK apply as documented
 * by OpenTelemetry. Must run before express, graphql and pg are loaded, so each main.ts
 * calls it first.
 */

interface Sdk {
  start(): void;
  shutdown(): Promise<void>;
}

let sdk: Sdk | undefined;

export const telemetryRunning = (): boolean => sdk !== undefined;

export function startTelemetry(service: string, env: NodeJS.ProcessEnv = process.env): void {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT || sdk) return;
  const { NodeSDK } = require("@opentelemetry/sdk-node") as typeof import("@opentelemetry/sdk-node");
  const { HttpInstrumentation } =
    require("@opentelemetry/instrumentation-http") as typeof import("@opentelemetry/instrumentation-http");
  const { ExpressInstrumentation } =
    require("@opentelemetry/instrumentation-express") as typeof import("@opentelemetry/instrumentation-express");
  const { GraphQLInstrumentation } =
    require("@opentelemetry/instrumentation-graphql") as typeof import("@opentelemetry/instrumentation-graphql");
  const { PgInstrumentation } =
    require("@opentelemetry/instrumentation-pg") as typeof import("@opentelemetry/instrumentation-pg");
  const { UndiciInstrumentation } =
    require("@opentelemetry/instrumentation-undici") as typeof import("@opentelemetry/instrumentation-undici");
  sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME ?? `psg-${service}`,
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => /^\/(health|ready|metrics)/.test(req.url ?? "") }),
      new ExpressInstrumentation(),
      new GraphQLInstrumentation({ mergeItems: true }),
      new PgInstrumentation(),
      new UndiciInstrumentation(),
    ],
  });
  sdk.start();
}

/** Sends the spans still buffered; called when the process stops. */
export async function stopTelemetry(): Promise<void> {
  await sdk?.shutdown().catch(() => undefined);
}
