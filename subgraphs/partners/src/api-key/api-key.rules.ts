import { DomainError, type KeyPrincipal, type OrganizationKind, ROLES_BY_KIND, type Role } from "@psg/shared";
import { canManageKeysOf } from "./api-key.access";

export interface NewKeyRequest {
  name: string;
  organizationKind: OrganizationKind;
  organizationId: string | null;
  roles: Role[];
  expiresAt: Date | null;
}

/** A key's roles belong to its kind of organisation, and it names its organisation. */
export function checkNewKey(caller: KeyPrincipal, request: NewKeyRequest, now: Date): void {
  if (request.name.trim() === "" || request.name.length > 100) {
    throw new DomainError("BAD_USER_INPUT", "name must be 1 to 100 characters.");
  }
  if (request.roles.length === 0) throw new DomainError("BAD_USER_INPUT", "A key needs at least one role.");
  const allowed = ROLES_BY_KIND[request.organizationKind];
  const foreign = request.roles.filter((role) => !allowed.includes(role));
  if (foreign.length > 0) {
    throw new DomainError(
      "BAD_USER_INPUT",
      `${request.organizationKind} keys may hold only ${allowed.join(", ")}; not ${foreign.join(", ")}.`,
    );
  }
  if (request.organizationKind === "OPERATOR" && request.organizationId) {
    throw new DomainError("BAD_USER_INPUT", "OPERATOR keys belong to no organisation: leave organizationId empty.");
  }
  if (request.organizationKind !== "OPERATOR" && !request.organizationId) {
    throw new DomainError("BAD_USER_INPUT", `${request.organizationKind} keys need an organizationId.`);
  }
  if (request.expiresAt && request.expiresAt.getTime() <= now.getTime()) {
    throw new DomainError("BAD_USER_INPUT", "expiresAt must be in the future.");
  }
  if (!canManageKeysOf(caller, request.organizationKind, request.organizationId)) {
    throw new DomainError("FORBIDDEN", "You may create keys only for your own organisation, and only as its key manager.");
  }
}
