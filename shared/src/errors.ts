import { GraphQLError } from "graphql";

/** Every code a client may see, from domain.md. */
export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "RATE_LIMITED",
  "CONFLICT",
  "SERVICE_UNAVAILABLE",
  "NOT_ELIGIBLE",
  "AGREEMENT_NOT_ACCEPTED",
  "MEMBERSHIP_RENEWAL_REQUIRED",
  "ALREADY_ENROLLED",
  "OFFERING_RETIRED",
  "BENEFIT_NOT_ACTIVATED",
  "INSUFFICIENT_DAYS",
  "INVALID_SERVICE_LEVEL",
  "VOUCHER_NOT_FOUND",
  "VOUCHER_EXPIRED",
  "VOUCHER_ALREADY_RESERVED",
  "VOUCHER_NOT_RESERVED",
  "VOUCHER_ALREADY_REDEEMED",
  "VOUCHER_CANCELLED",
  "NOT_ENROLLED",
  "ENROLLMENT_EXPIRED",
  "MISSING_COMPETENCY",
  "ENGAGEMENT_TYPE_MISMATCH",
  "LOCATION_COUNTRY_MISMATCH",
  "INVALID_DATES",
  "CONSULTANT_NOT_QUALIFIED",
  "ENGAGEMENT_TOO_LONG",
  "OFFSITE_LIMIT_EXCEEDED",
  "INVALID_STATE",
  "COMPLETION_REPORT_MISSING",
  "DELIVERABLE_INVALID",
  "PAYMENT_TOOL_NOT_REGISTERED",
  "NO_REDEEMED_VOUCHER",
  "VOUCHER_NOT_REDEEMED",
  "VOUCHER_ALREADY_CLAIMED",
  "DEADLINE_PASSED",
  "NO_RATE",
  "NO_BANK_ACCOUNT",
  "MIXED_LOCATIONS",
  "VOUCHER_ALREADY_OFFERED",
  "VOUCHER_NOT_OFFERED",
  "WEBHOOK_URL_NOT_ALLOWED",
  "IDEMPOTENCY_KEY_REUSED",
  "IDEMPOTENCY_KEY_IN_USE",
  "QUERY_TOO_COMPLEX",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const KNOWN = new Set<string>(ERROR_CODES);

export function isKnownCode(code: unknown): code is ErrorCode {
  return typeof code === "string" && KNOWN.has(code);
}

/** The one error type of the project: a code from domain.md and a sentence for a person. */
export class DomainError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    httpStatus?: number,
  ) {
    super(message, { extensions: httpStatus === undefined ? { code } : { code, http: { status: httpStatus } } });
  }
}

export const fail = (code: ErrorCode, message: string): never => {
  throw new DomainError(code, message);
};

/** The one way to say "not found": "<What> was not found.", with the concept's own code where domain.md has one. */
export const notFound = (what: string, code: ErrorCode = "NOT_FOUND"): never => fail(code, `${what} was not found.`);

/** A Postgres unique-constraint violation, optionally of one named constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driver = (error as { driverError?: { code?: string; constraint?: string }; code?: string }) ?? {};
  const code = driver.driverError?.code ?? driver.code;
  if (code !== "23505") return false;
  return (
    constraint === undefined || (driver.driverError?.constraint ?? (error as { constraint?: string }).constraint) === constraint
  );
}

/**
 * What a client may see of an error: known codes keep their message; anything else
 * (bugs, SQL, network failures) becomes a generic sentence with no detail.
 */
export function maskError(formatted: {
  message: string;
  extensions?: Record<string, unknown>;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
}): {
  message: string;
  extensions: { code: string; limit?: string };
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
} {
  const code = formatted.extensions?.code;
  const base = { path: formatted.path, locations: formatted.locations };
  if (isKnownCode(code)) {
    // a refusal over a limit says which one
    const limit = code === "QUERY_TOO_COMPLEX" ? formatted.extensions?.limit : undefined;
    return { ...base, message: formatted.message, extensions: typeof limit === "string" ? { code, limit } : { code } };
  }
  if (code === "GRAPHQL_VALIDATION_FAILED" || code === "GRAPHQL_PARSE_FAILED" || code === "BAD_REQUEST") {
    return { ...base, message: formatted.message, extensions: { code: "BAD_USER_INPUT" } };
  }
  if (code === "PERSISTED_QUERY_NOT_FOUND" || code === "OPERATION_RESOLUTION_FAILURE") {
    return { ...base, message: formatted.message, extensions: { code: "BAD_USER_INPUT" } };
  }
  return { ...base, message: "Internal server error.", extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
