import type { KeyPrincipal, OrganizationKind, Role } from "@psg/shared";

/** The role a key must hold to manage the keys of its own kind of organisation. */
const KEY_MANAGER: Record<OrganizationKind, Role> = {
  OPERATOR: "OPERATOR",
  PARTNER: "GLOBAL_ADMIN",
  CUSTOMER: "BENEFITS_ADMIN",
};

/**
 * Operators manage keys of any organisation; a partner GLOBAL_ADMIN those of its own
 * partner, a customer BENEFITS_ADMIN those of its own customer.
 */
export function canManageKeysOf(caller: KeyPrincipal, kind: OrganizationKind, organizationId: string | null): boolean {
  if (caller.organizationKind === "OPERATOR") return true;
  return caller.organizationKind === kind && caller.organizationId === organizationId && caller.roles.includes(KEY_MANAGER[kind]);
}
