import {
  type ApiKeyPrincipalsResult,
  ConnectionArgs,
  DomainError,
  type InternalKeyPrincipal,
  KEY_LOOKUP_BATCH,
  paginate,
  type RequestContext,
  requireKey,
  SERVICE,
} from "@psg/shared";
import { Arg, Args, Authorized, Ctx, Directive, ID, Mutation, Query, Resolver } from "type-graphql";
import { canManageKeysOf } from "./api-key.access";
import { ApiKey } from "./api-key.entity";
import { lookupKey, lookupKeys } from "./api-key.store";
import { ApiKeyConnection, CreateApiKeyInput, CreatedApiKey, KeyPrincipalView } from "./api-key.type";
import { createApiKey } from "./create-api-key";
import { revokeApiKey } from "./revoke-api-key";

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized()
  @Query(() => ApiKeyConnection, {
    description:
      "API keys, oldest first: operators see every key; an organisation's key manager the keys of its own organisation.",
  })
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

  @Authorized()
  @Mutation(() => CreatedApiKey, {
    description: "Creates a key for an organisation you manage (operators: any). Its secret is returned once, here.",
  })
  createApiKey(
    @Arg("input", { description: "The key's name, organisation, roles and optional expiry." }) input: CreateApiKeyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreatedApiKey> {
    return createApiKey(ctx, input);
  }

  @Authorized()
  @Mutation(() => ApiKey, { description: "Revokes a key you manage. Takes effect everywhere within 5 seconds." })
  revokeApiKey(@Arg("id", () => ID, { description: "The key's id." }) id: string, @Ctx() ctx: RequestContext): Promise<ApiKey> {
    return revokeApiKey(ctx, id);
  }

  @Authorized(SERVICE)
  @Directive("@inaccessible")
  @Query(() => KeyPrincipalView, {
    nullable: true,
    description: "Internal, for services of the previous release during an upgrade: the principal of a key, by its hash.",
  })
  _apiKeyPrincipal(
    @Arg("keyHash", { description: "The SHA-256 of the key's secret, hex." }) keyHash: string,
    @Ctx() ctx: RequestContext,
  ): Promise<InternalKeyPrincipal | null> {
    return lookupKey(ctx.db, keyHash);
  }

  @Authorized(SERVICE)
  @Directive("@inaccessible")
  @Query(() => [KeyPrincipalView], {
    nullable: "items",
    description: `Internal: the principals of keys, by their hashes, one per hash in order (null for an unknown, revoked or expired key); at most ${KEY_LOOKUP_BATCH}.`,
  })
  _apiKeyPrincipals(
    @Arg("keyHashes", () => [String], { description: "SHA-256 hashes of the keys' secrets, hex." }) keyHashes: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<ApiKeyPrincipalsResult["_apiKeyPrincipals"]> {
    if (keyHashes.length > KEY_LOOKUP_BATCH) {
      throw new DomainError("BAD_USER_INPUT", `At most ${KEY_LOOKUP_BATCH} keys are looked up at once.`);
    }
    return lookupKeys(ctx.db, keyHashes);
  }
}
