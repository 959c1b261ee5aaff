import { type Audience, createRecorded, generateApiKeySecret, hashApiKey, type RequestContext, requireKey } from "@psg/shared";
import { requireCustomerExists } from "../clients/vouchers";
import { partnerForChange } from "../partner/partner.access";
import { ApiKey } from "./api-key.entity";
import { checkNewKey } from "./api-key.rules";
import type { CreateApiKeyInput, CreatedApiKey } from "./api-key.type";

/** The organisation a key belongs to sees its events; operator keys belong to none. */
export const keyAudiences = (key: Pick<ApiKey, "organizationKind" | "organizationId">): Audience[] =>
  key.organizationKind !== "OPERATOR" && key.organizationId ? [{ kind: key.organizationKind, id: key.organizationId }] : [];

/** What integrations learn of a key: never its secret or hash. */
export const keyEventData = (key: ApiKey): Record<string, unknown> => ({
  id: key.id,
  name: key.name,
  organizationKind: key.organizationKind,
  organizationId: key.organizationId,
  roles: key.roles,
  lastFour: key.lastFour,
  expiresAt: key.expiresAt?.toISOString() ?? null,
  revokedAt: key.revokedAt?.toISOString() ?? null,
});

/** A new key for an existing organisation the caller manages; its secret is shown only now. */
export async function createApiKey(ctx: RequestContext, input: CreateApiKeyInput): Promise<CreatedApiKey> {
  const caller = requireKey(ctx.principal);
  const request = {
    name: input.name,
    organizationKind: input.organizationKind,
    organizationId: input.organizationId ?? null,
    roles: [...new Set(input.roles)],
    expiresAt: input.expiresAt ?? null,
  };
  checkNewKey(caller, request, ctx.now);
  if (request.organizationKind === "PARTNER") await partnerForChange(ctx, request.organizationId ?? "");
  if (request.organizationKind === "CUSTOMER" && request.organizationId) await requireCustomerExists(ctx, request.organizationId);
  const secret = generateApiKeySecret();
  const apiKey = await createRecorded(
    ctx,
    ApiKey,
    { ...request, keyHash: hashApiKey(secret), lastFour: secret.slice(-4), createdAt: ctx.now },
    {
      resource: "api_key",
      after: () => ({ ...request }),
      event: (saved) => ({ audiences: keyAudiences(saved), data: keyEventData(saved) }),
    },
  );
  return { apiKey, secret };
}
