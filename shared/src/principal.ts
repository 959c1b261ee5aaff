import { DomainError } from "./errors";

export const ROLES = ["OPERATOR", "GLOBAL_ADMIN", "PARTNER_ADMIN", "BILLING_ADMIN", "BENEFITS_ADMIN", "PROJECT_MANAGER"] as const;
export type Role = (typeof ROLES)[number];

export const ORGANIZATION_KINDS = ["OPERATOR", "PARTNER", "CUSTOMER"] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** The roles each kind of organisation may hold (domain.md, Actors and roles). */
export const ROLES_BY_KIND: Record<OrganizationKind, readonly Role[]> = {
  OPERATOR: ["OPERATOR"],
  PARTNER: ["GLOBAL_ADMIN", "PARTNER_ADMIN", "BILLING_ADMIN"],
  CUSTOMER: ["BENEFITS_ADMIN", "PROJECT_MANAGER"],
};

/** Who is calling: a client holding an API key, another service, or nobody. */
export type Principal =
  | { kind: "ANONYMOUS" }
  | { kind: "SERVICE"; service: string }
  | {
      kind: "KEY";
      apiKeyId: string;
      organizationKind: OrganizationKind;
      organizationId: string | null;
      roles: Role[];
    };

export type KeyPrincipal = Extract<Principal, { kind: "KEY" }>;

export const ANONYMOUS: Principal = { kind: "ANONYMOUS" };

export const isOperator = (p: Principal): boolean => p.kind === "KEY" && p.organizationKind === "OPERATOR";

export function requireKey(p: Principal): KeyPrincipal {
  if (p.kind !== "KEY") throw new DomainError("UNAUTHENTICATED", "An API key is required: send Authorization: Bearer <key>.");
  return p;
}

export function requireService(p: Principal): void {
  if (p.kind !== "SERVICE") throw new DomainError("FORBIDDEN", "Only services of this deployment may ask this.");
}

/** Operators pass; anyone else must hold one of the roles. */
export function requireRole(p: Principal, ...roles: Role[]): KeyPrincipal {
  const key = requireKey(p);
  if (key.organizationKind === "OPERATOR") return key;
  if (!key.roles.some((role) => roles.includes(role))) {
    throw new DomainError("FORBIDDEN", `This needs one of the roles ${roles.join(", ")}.`);
  }
  return key;
}

/** Operators see everything; any other key acts only for its own organisation. */
export function canActFor(p: Principal, kind: OrganizationKind, organizationId: string): boolean {
  if (p.kind !== "KEY") return false;
  if (p.organizationKind === "OPERATOR") return true;
  return p.organizationKind === kind && p.organizationId === organizationId;
}

/** Like canActFor, but a stranger is told FORBIDDEN. */
export function requireOwnOrganization(
  p: Principal,
  kind: OrganizationKind,
  organizationId: string,
  ...roles: Role[]
): KeyPrincipal {
  const key = roles.length > 0 ? requireRole(p, ...roles) : requireKey(p);
  if (!canActFor(key, kind, organizationId)) {
    throw new DomainError("FORBIDDEN", "This belongs to another organisation.");
  }
  return key;
}
