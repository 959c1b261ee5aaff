import { canActFor, isUuid, notFound, type Principal, requireKey } from "@psg/shared";
import type { EntityManager } from "typeorm";
import { WebhookEndpointRow } from "./webhook-endpoint.entity";

/** The organisation a caller's endpoints belong to. */
export function ownerOf(principal: Principal): { organizationKind: string; organizationId: string | null } {
  const key = requireKey(principal);
  return {
    organizationKind: key.organizationKind,
    organizationId: key.organizationKind === "OPERATOR" ? null : key.organizationId,
  };
}

/** Operators manage every endpoint; an organisation's admins their own. */
export const canManageEndpoint = (principal: Principal, endpoint: WebhookEndpointRow): boolean =>
  endpoint.organizationKind === "OPERATOR"
    ? principal.kind === "KEY" && principal.organizationKind === "OPERATOR"
    : canActFor(principal, endpoint.organizationKind as "PARTNER" | "CUSTOMER", endpoint.organizationId ?? "");

/** The endpoint, locked when `lock`; one the caller may not manage reads as not found. */
export async function findManagedEndpoint(
  manager: EntityManager,
  principal: Principal,
  id: string,
  lock = false,
): Promise<WebhookEndpointRow> {
  if (!isUuid(id)) return notFound("Webhook endpoint");
  const row = await manager.findOne(WebhookEndpointRow, {
    where: { id },
    ...(lock ? { lock: { mode: "pessimistic_write" as const } } : {}),
  });
  if (!row || !canManageEndpoint(principal, row)) return notFound("Webhook endpoint");
  return row;
}
