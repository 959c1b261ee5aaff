import { DomainError, idOrNull, type RequestContext, recordChange, requireKey } from "@psg/shared";
import { canManageKeysOf } from "./api-key.access";
import { ApiKey } from "./api-key.entity";
import { forgetKey } from "./api-key.verifier";
import { keyAudiences, keyEventData } from "./create-api-key";

const noSuchKey = (): never => {
  throw new DomainError("NOT_FOUND", "No such API key among those you manage.");
};

/** Revokes a key the caller manages: at once in this process, within 5 s everywhere. Revoking twice changes nothing. */
export async function revokeApiKey(ctx: RequestContext, id: string): Promise<ApiKey> {
  const caller = requireKey(ctx.principal);
  const known = idOrNull(id) ?? noSuchKey();
  return ctx.db.transaction(async (manager) => {
    const key = await manager.findOne(ApiKey, { where: { id: known }, lock: { mode: "pessimistic_write" } });
    if (!key || !canManageKeysOf(caller, key.organizationKind, key.organizationId)) return noSuchKey();
    if (key.revokedAt) return key;
    key.revokedAt = ctx.now;
    await manager.save(key);
    await recordChange(ctx, manager, {
      resource: "api_key",
      id: key.id,
      action: "revoked",
      event: { audiences: keyAudiences(key), data: keyEventData(key) },
    });
    forgetKey(key.keyHash);
    return key;
  });
}
