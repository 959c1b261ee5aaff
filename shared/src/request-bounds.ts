import { AsyncLocalStorage } from "node:async_hooks";
import type { ApolloServerPlugin } from "@apollo/server";
import type { NextFunction, Request, Response } from "express";
import type { GraphQLFormattedError } from "graphql";
import { type AfterQueryEvent, type BeforeQueryEvent, type EntitySubscriberInterface, EventSubscriber } from "typeorm";
import type { Config } from "./config";
import { DomainError } from "./errors";

/** The work one request may still do in this subgraph, whoever sent it. */
interface WorkBudget {
  deadlineMs: number;
  /** Set when execution starts. */
  deadline: number;
  maxRows: number;
  rows: number;
  /** Only execution is bounded: what a plugin writes after it (an idempotency record) is not refused. */
  executing: boolean;
}

export type RequestLimit = "deadline" | "rows" | "statementTimeout";
const LIMITS: readonly string[] = ["deadline", "rows", "statementTimeout"] satisfies RequestLimit[];

const budgets = new AsyncLocalStorage<WorkBudget>();

/** QUERY_TOO_COMPLEX naming the bound the request ran into. */
export class RequestLimitExceeded extends DomainError {
  constructor(
    readonly limit: RequestLimit,
    message: string,
  ) {
    super("QUERY_TOO_COMPLEX", message);
    this.extensions.limit = limit;
  }
}

/** Runs `work` (and everything it starts) under the bounds of one request. */
export const withinRequestBounds = <T>(limits: Pick<Config, "requestDeadlineMs" | "maxRowsPerRequest">, work: () => T): T =>
  budgets.run(
    { deadlineMs: limits.requestDeadlineMs, deadline: Infinity, maxRows: limits.maxRowsPerRequest, rows: 0, executing: false },
    work,
  );

/** Runs `work` outside any request's bounds: process-wide work (a cache filled once) that a request only happens to start. */
export const outsideRequestBounds = <T>(work: () => T): T => budgets.exit(work);

/** Express middleware: the request that follows is bounded. */
export const requestBounds =
  (limits: Pick<Config, "requestDeadlineMs" | "maxRowsPerRequest">) => (_req: Request, _res: Response, next: NextFunction) =>
    withinRequestBounds(limits, next);

function enforce(budget: WorkBudget): void {
  if (!budget.executing) return;
  if (budget.rows > budget.maxRows) {
    throw new RequestLimitExceeded("rows", `The request read more than ${budget.maxRows} rows; ask for less at once.`);
  }
  if (performance.now() > budget.deadline) {
    throw new RequestLimitExceeded("deadline", "The request ran past its execution deadline; ask for less at once.");
  }
}

// transaction control must always run, or a connection would stay inside a transaction
const BOUNDED_STATEMENT = /^\s*(SELECT|WITH|INSERT|UPDATE|DELETE)\b/i;

/** Counts the rows every query of a request returns, and refuses new statements past a bound. */
@EventSubscriber()
export class RequestBoundsSubscriber implements EntitySubscriberInterface {
  beforeQuery(event: BeforeQueryEvent): void {
    const budget = budgets.getStore();
    if (budget && BOUNDED_STATEMENT.test(event.query)) enforce(budget);
  }

  afterQuery(event: AfterQueryEvent): void {
    const budget = budgets.getStore();
    const rows = (event.rawResults as { rows?: unknown[] } | undefined)?.rows;
    if (budget?.executing && Array.isArray(rows)) budget.rows += rows.length;
  }
}

const isBoundError = (error: GraphQLFormattedError): boolean =>
  error.extensions?.code === "QUERY_TOO_COMPLEX" && LIMITS.includes(error.extensions.limit as string);

/**
 * Every field checks the request's deadline and row count before it resolves; past either,
 * the rest of the answer is null and one QUERY_TOO_COMPLEX error names the bound.
 */
export function requestBoundsPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const budget = budgets.getStore();
      if (!budget) return;
      return {
        async executionDidStart() {
          budget.executing = true;
          budget.deadline = performance.now() + budget.deadlineMs;
          return {
            willResolveField: () => {
              enforce(budget);
            },
            executionDidEnd: async () => {
              budget.executing = false;
            },
          };
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const errors = response.body.singleResult.errors;
          const first = errors?.findIndex(isBoundError) ?? -1;
          if (errors && first >= 0) {
            response.body.singleResult.errors = errors.filter((error, i) => i === first || !isBoundError(error));
          }
        },
      };
    },
  };
}

/** PostgreSQL's own bound (DB_STATEMENT_TIMEOUT_MS) cancelled the statement. */
export function isStatementTimeout(error: unknown): boolean {
  const driver = (error as { driverError?: { code?: string }; code?: string } | undefined) ?? {};
  return (driver.driverError?.code ?? driver.code) === "57014";
}
