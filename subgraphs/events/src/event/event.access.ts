import { DomainError, type KeyPrincipal, type Principal, requireKey } from "@psg/shared";

/**
 * The audience key an organisation's events carry (outbox `audiences`), or null for
 * operators, who see every event.
 */
export function audienceOf(principal: Principal): string | null {
  const key: KeyPrincipal = requireKey(principal);
  if (key.organizationKind === "OPERATOR") return null;
  if (!key.organizationId) throw new DomainError("FORBIDDEN", "This key belongs to no organisation.");
  return `${key.organizationKind}:${key.organizationId}`;
}

/** May the organisation with this audience key (null: operators) see an event with these audiences? */
export const canSeeEvent = (audience: string | null, audiences: readonly string[]): boolean =>
  audience === null || audiences.includes(audience);
