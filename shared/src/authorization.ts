import type { AuthChecker } from "type-graphql";
import type { RequestContext } from "./context";
import { type Role, requireKey, requireRole, requireService } from "./principal";

/** Role lists that several operations share; each is defined here once. */
export const PARTNER_ADMINS = ["GLOBAL_ADMIN", "PARTNER_ADMIN"] as const satisfies readonly Role[];
export const PARTNER_BILLING = ["GLOBAL_ADMIN", "BILLING_ADMIN"] as const satisfies readonly Role[];
export const CUSTOMER_ROLES = ["BENEFITS_ADMIN", "PROJECT_MANAGER"] as const satisfies readonly Role[];
/** Who manages an organisation's webhook endpoints (operators always may). */
export const ORGANIZATION_ADMINS = ["GLOBAL_ADMIN", "PARTNER_ADMIN", "BENEFITS_ADMIN"] as const satisfies readonly Role[];

/** `@Authorized(SERVICE)`: only services of this deployment (internal endpoints). */
export const SERVICE = "SERVICE";
/** What `@Authorized(...)` accepts: roles, or SERVICE. `@Authorized()` alone means any valid key. */
export type Requirement = Role | typeof SERVICE;

/**
 * The one auth checker of every subgraph (type-graphql's `@Authorized`): no roles means any
 * API key; otherwise operators and holders of one of the roles pass. Refusals throw the
 * program's own codes (UNAUTHENTICATED, FORBIDDEN) rather than returning false.
 */
export const authChecker: AuthChecker<RequestContext, Requirement> = ({ context }, requirements) => {
  if (requirements.includes(SERVICE)) {
    requireService(context.principal);
    return true;
  }
  if (requirements.length === 0) requireKey(context.principal);
  else requireRole(context.principal, ...(requirements as Role[]));
  return true;
};
