import { type RequestContext, recordChange } from "@psg/shared";
import { checkPublicHost } from "./destination";
import { findManagedEndpoint, ownerOf } from "./webhook-endpoint.access";
import { WebhookEndpointRow } from "./webhook-endpoint.entity";
import { checkDescription, checkEventTypes, checkWebhookUrl, newSigningSecret } from "./webhook-endpoint.rules";
import type { CreatedWebhookEndpoint, CreateWebhookEndpointInput, UpdateWebhookEndpointInput } from "./webhook-endpoint.type";

/** The URL as kept, after the destination rules of this deployment (checked on the resolved address). */
async function checkDestination(ctx: RequestContext, raw: string): Promise<string> {
  const restricted = ctx.policy.webhooks.restrictDestinations;
  const url = checkWebhookUrl(raw.trim(), restricted);
  if (restricted) await checkPublicHost(url.hostname);
  return url.toString();
}

/** What the audit row keeps of an endpoint: never its secret. */
const audited = (row: WebhookEndpointRow) => ({
  url: row.url,
  eventTypes: row.eventTypes,
  description: row.description,
  enabled: row.enabled,
});

export async function createEndpoint(ctx: RequestContext, input: CreateWebhookEndpointInput): Promise<CreatedWebhookEndpoint> {
  const owner = ownerOf(ctx.principal);
  const url = await checkDestination(ctx, input.url);
  const eventTypes = checkEventTypes(input.eventTypes ?? []);
  const description = checkDescription(input.description);
  const secret = newSigningSecret();
  const endpoint = await ctx.db.transaction(async (manager) => {
    const row = await manager.save(
      manager.create(WebhookEndpointRow, {
        ...owner,
        url,
        eventTypes,
        description,
        secret,
        enabled: true,
        createdAt: ctx.now,
        updatedAt: ctx.now,
        failingSince: null,
        disabledAt: null,
      }),
    );
    await recordChange(ctx, manager, { resource: "webhook_endpoint", id: row.id, action: "created", after: audited(row) });
    return row;
  });
  return { endpoint, signingSecret: secret };
}

export async function updateEndpoint(ctx: RequestContext, input: UpdateWebhookEndpointInput): Promise<WebhookEndpointRow> {
  const url = input.url == null ? undefined : await checkDestination(ctx, input.url);
  const eventTypes = input.eventTypes == null ? undefined : checkEventTypes(input.eventTypes);
  const description = input.description == null ? undefined : checkDescription(input.description);
  return ctx.db.transaction(async (manager) => {
    const before = await findManagedEndpoint(manager, ctx.principal, input.id, true);
    const enabling = input.enabled === true && !before.enabled;
    const changes: Partial<WebhookEndpointRow> = {
      ...(url === undefined ? {} : { url }),
      ...(eventTypes === undefined ? {} : { eventTypes }),
      ...(description === undefined ? {} : { description }),
      ...(input.enabled == null ? {} : { enabled: input.enabled }),
      ...(enabling ? { failingSince: null, disabledAt: null } : {}),
      ...(input.enabled === false && before.enabled ? { disabledAt: ctx.now } : {}),
      updatedAt: ctx.now,
    };
    await manager.update(WebhookEndpointRow, { id: before.id }, changes);
    const after = manager.create(WebhookEndpointRow, { ...before, ...changes });
    await recordChange(ctx, manager, {
      resource: "webhook_endpoint",
      id: before.id,
      action: "updated",
      before: audited(before),
      after: audited(after),
    });
    return after;
  });
}

export function deleteEndpoint(ctx: RequestContext, id: string): Promise<WebhookEndpointRow> {
  return ctx.db.transaction(async (manager) => {
    const endpoint = await findManagedEndpoint(manager, ctx.principal, id, true);
    await manager.delete(WebhookEndpointRow, { id: endpoint.id });
    await recordChange(ctx, manager, {
      resource: "webhook_endpoint",
      id: endpoint.id,
      action: "deleted",
      before: audited(endpoint),
    });
    return endpoint;
  });
}

export function rotateSecret(ctx: RequestContext, id: string): Promise<CreatedWebhookEndpoint> {
  return ctx.db.transaction(async (manager) => {
    const endpoint = await findManagedEndpoint(manager, ctx.principal, id, true);
    const secret = newSigningSecret();
    await manager.update(WebhookEndpointRow, { id: endpoint.id }, { secret, updatedAt: ctx.now });
    await recordChange(ctx, manager, { resource: "webhook_endpoint", id: endpoint.id, action: "secret_rotated" });
    return { endpoint: manager.create(WebhookEndpointRow, { ...endpoint, secret, updatedAt: ctx.now }), signingSecret: secret };
  });
}
