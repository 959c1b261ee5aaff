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
  // request errors, Apollo's own codes (api.md "Request errors")
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "QUERY_TOO_COMPLEX",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const KNOWN = new Set<string>(ERROR_CODES);

export function isKnownCode(code: unknown): code is ErrorCode {
  return typeof code === "string" && KNOWN.has(code);
}

/** Extensions besides `code` that a client may see: which limit an operation exceeded, and by how much. */
export const PUBLIC_EXTENSIONS = ["limit", "cost", "maximum"] as const;

export type PublicExtensions = Partial<Record<(typeof PUBLIC_EXTENSIONS)[number], string | number>>;

/** The one error type of the project: a code from domain.md and a sentence for a person. */
export class DomainError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    httpStatus?: number,
    details: PublicExtensions = {},
  ) {
    super(message, {
      extensions: httpStatus === undefined ? { ...details, code } : { ...details, code, http: { status: httpStatus } },
    });
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

/** The code an error carries, if it is one of ours. */
const knownCodeOf = (error: unknown): ErrorCode | undefined => {
  const code = (error as { extensions?: { code?: unknown } } | undefined)?.extensions?.code;
  return isKnownCode(code) ? code : undefined;
};

/**
 * What a client may see of an error: known codes keep their message (and the limit they
 * name); anything else (bugs, SQL, network failures) becomes a generic sentence with no
 * detail. Apollo files a scalar's refusal or an operation limit found during validation
 * under GRAPHQL_VALIDATION_FAILED; the code of the error it wraps wins.
 */
export function maskError(
  formatted: {
    message: string;
    extensions?: Record<string, unknown>;
    path?: ReadonlyArray<string | number>;
    locations?: ReadonlyArray<{ line: number; column: number }>;
  },
  error?: unknown,
): {
  message: string;
  extensions: { code: string } & PublicExtensions;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
} {
  const base = { path: formatted.path, locations: formatted.locations };
  const given = knownCodeOf(formatted);
  const wrapped =
    given === "GRAPHQL_VALIDATION_FAILED" ? knownCodeOf((error as GraphQLError | undefined)?.originalError) : undefined;
  const code = wrapped ?? given ?? (formatted.extensions?.code === "BAD_REQUEST" ? "BAD_USER_INPUT" : undefined);
  if (!code) return { ...base, message: "Internal server error.", extensions: { code: "INTERNAL_SERVER_ERROR" } };
  const details = Object.fromEntries(
    PUBLIC_EXTENSIONS.flatMap((name) => (formatted.extensions?.[name] === undefined ? [] : [[name, formatted.extensions[name]]])),
  );
  return { ...base, message: formatted.message, extensions: { ...details, code } };
}
