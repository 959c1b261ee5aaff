import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";

export const REQUEST_ID_HEADER = "x-request-id";

/** What one request gathers on its way through a service, for its log lines and metrics. */
export interface RequestScope {
  requestId: string;
  operationName?: string;
  /** The first error code of the response, if any. */
  code?: string;
  /** Who called, as `KIND:id` (or `ANONYMOUS`, `SERVICE:name`). */
  organization?: string;
}

const scopes = new AsyncLocalStorage<RequestScope>();

// what a client may choose as its id: printable, no spaces, short enough for a log line
const VALID_REQUEST_ID = /^[A-Za-z0-9._:/+=@-]{1,128}$/;

/** The caller's id when it is a sensible one, otherwise a new one. */
export function requestIdFrom(given: string | string[] | undefined): string {
  const value = Array.isArray(given) ? given[0] : given;
  return value !== undefined && VALID_REQUEST_ID.test(value) ? value : randomUUID();
}

export const currentScope = (): RequestScope | undefined => scopes.getStore();
export const currentRequestId = (): string | undefined => scopes.getStore()?.requestId;

/** The request's scope, made by `assignRequestId`. */
export const scopeOf = (res: Response): RequestScope => res.locals.scope as RequestScope;

/** Takes the caller's x-request-id (or makes one) and returns it on the response. */
export function assignRequestId(req: Request, res: Response, next: NextFunction): void {
  const scope: RequestScope = { requestId: requestIdFrom(req.headers[REQUEST_ID_HEADER]) };
  res.locals.scope = scope;
  res.setHeader(REQUEST_ID_HEADER, scope.requestId);
  next();
}

/**
 * Runs the rest of the request inside its scope, so every log line, error and outgoing
 * call made while serving it knows its id. Mounted after the body parser, whose stream
 * callbacks would lose the scope.
 */
export function enterRequestScope(_req: Request, res: Response, next: NextFunction): void {
  scopes.run(scopeOf(res), next);
}
