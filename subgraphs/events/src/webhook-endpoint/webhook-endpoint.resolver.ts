import { ORGANIZATION_ADMINS, type RequestContext, requireKey } from "@psg/shared";
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { createEndpoint, deleteEndpoint, rotateSecret, updateEndpoint } from "./manage-endpoints";
import { canManageEndpoint } from "./webhook-endpoint.access";
import { WebhookEndpointRow } from "./webhook-endpoint.entity";
import {
  CreatedWebhookEndpoint,
  CreateWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  WebhookEndpoint,
} from "./webhook-endpoint.type";

@Resolver(() => WebhookEndpoint)
export class WebhookEndpointResolver {
  @Authorized(...ORGANIZATION_ADMINS)
  @Query(() => [WebhookEndpoint], {
    description: "The caller's organisation's webhook endpoints (operators: all), oldest first.",
  })
  async webhookEndpoints(@Ctx() ctx: RequestContext): Promise<WebhookEndpointRow[]> {
    const key = requireKey(ctx.principal);
    const rows = await ctx.db.getRepository(WebhookEndpointRow).find({
      where:
        key.organizationKind === "OPERATOR"
          ? {}
          : { organizationKind: key.organizationKind, organizationId: key.organizationId ?? "" },
      order: { createdAt: "ASC", id: "ASC" },
    });
    return rows.filter((row) => canManageEndpoint(key, row));
  }

  @Authorized(...ORGANIZATION_ADMINS)
  @Mutation(() => CreatedWebhookEndpoint, {
    description: "Subscribes a URL to the organisation's events; the signing secret is shown once.",
  })
  createWebhookEndpoint(
    @Arg("input", { description: "The URL and the event types to send it." }) input: CreateWebhookEndpointInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreatedWebhookEndpoint> {
    return createEndpoint(ctx, input);
  }

  @Authorized(...ORGANIZATION_ADMINS)
  @Mutation(() => WebhookEndpoint, {
    description: "Changes an endpoint's URL, event types, description or whether it is enabled.",
  })
  updateWebhookEndpoint(
    @Arg("input", { description: "The endpoint and what changes." }) input: UpdateWebhookEndpointInput,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookEndpointRow> {
    return updateEndpoint(ctx, input);
  }

  @Authorized(...ORGANIZATION_ADMINS)
  @Mutation(() => WebhookEndpoint, { description: "Removes the endpoint, with its deliveries; nothing more is sent to it." })
  deleteWebhookEndpoint(
    @Arg("id", () => ID, { description: "The endpoint to remove." }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookEndpointRow> {
    return deleteEndpoint(ctx, id);
  }

  @Authorized(...ORGANIZATION_ADMINS)
  @Mutation(() => CreatedWebhookEndpoint, { description: "A new signing secret, shown once; the old one stops signing at once." })
  rotateWebhookSecret(
    @Arg("id", () => ID, { description: "The endpoint whose secret changes." }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CreatedWebhookEndpoint> {
    return rotateSecret(ctx, id);
  }
}
