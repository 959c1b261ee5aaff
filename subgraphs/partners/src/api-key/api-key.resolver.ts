import {
  type ApiKeyPrincipalResult,
  audit,
  ConnectionArgs,
  DomainError,
  generateApiKeySecret,
  hashApiKey,
  paginate,
  type RequestContext,
  requireKey,
  requireService,
} from "@psg/shared";
import { Arg, Args, Ctx, Directive, ID, Mutation, Query, Resolver } from "type-graphql";
import { requireCustomerExists } from "../clients/vouchers";
import { partnerForChange } from "../partner/partner.guard";
import { ApiKey } from "./api-key.entity";
import { canManageKeysOf, checkNewKey } from "./api-key.rules";
import { lookupKey } from "./api-key.store";
import { ApiKeyConnection, CreateApiKeyInput, CreatedApiKey, KeyPrincipalView } from "./api-key.type";
import { forgetKey } from "./api-key.verifier";

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => ApiKeyConnection, { description: "Operators see every key; others the keys of their own organisation." })
  async apiKeys(@Args() args: ConnectionArgs, @Ctx() ctx: RequestContext) {
    const caller = requireKey(ctx.principal);
    const qb = ctx.db.getRepository(ApiKey).createQueryBuilder("k");
    if (caller.organizationKind !== "OPERATOR") {
      if (!canManageKeysOf(caller, caller.organizationKind, caller.organizationId)) {
        throw new DomainError("FORBIDDEN", "Only your organisation's key manager may list its keys.");
      }
      qb.where("k.organizationKind = :kind AND k.organizationId = :org", {
        kind: caller.organizationKind,
        org: caller.organizationId,
      });
    }
    return paginate(qb, args, "createdAt");
  }

  @Mutation(() => CreatedApiKey)
  async createApiKey(@Arg("input") input: CreateApiKeyInput, @Ctx() ctx: RequestContext): Promise<CreatedApiKey> {
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
    if (request.organizationKind === "CUSTOMER" && request.organizationId) {
      await requireCustomerExists(ctx, request.organizationId);
    }
    const secret = generateApiKeySecret();
    const apiKey = await ctx.db.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(ApiKey, {
          ...request,
          keyHash: hashApiKey(secret),
          lastFour: secret.slice(-4),
          createdAt: ctx.now,
        }),
      );
      await audit(manager, {
        actor: caller,
        action: "api_key.created",
        entity: "api_key",
        entityId: saved.id,
        after: { ...request },
        at: ctx.now,
      });
      return saved;
    });
    return { apiKey, secret };
  }

  @Mutation(() => ApiKey, { description: "Takes effect everywhere within 5 seconds." })
  async revokeApiKey(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ApiKey> {
    const caller = requireKey(ctx.principal);
    return ctx.db.transaction(async (manager) => {
      const key = await manager.findOne(ApiKey, { where: { id }, lock: { mode: "pessimistic_write" } });
      if (!key || !canManageKeysOf(caller, key.organizationKind, key.organizationId)) {
        throw new DomainError("NOT_FOUND", "No such API key among those you manage.");
      }
      if (key.revokedAt) return key;
      key.revokedAt = ctx.now;
      await manager.save(key);
      await audit(manager, { actor: caller, action: "api_key.revoked", entity: "api_key", entityId: key.id, at: ctx.now });
      forgetKey(key.keyHash);
      return key;
    });
  }

  @Directive("@inaccessible")
  @Query(() => KeyPrincipalView, { nullable: true, description: "Internal: the principal of a key, by its hash." })
  async _apiKeyPrincipal(
    @Arg("keyHash") keyHash: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ApiKeyPrincipalResult["_apiKeyPrincipal"]> {
    requireService(ctx.principal);
    return lookupKey(ctx.db, keyHash);
  }
}
