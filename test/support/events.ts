import type { WebhookReceiver } from "@psg/stack";
import { dataOf, type TestStack } from "./stack";

export interface Subscription {
  endpointId: string;
  signingSecret: string;
}

const CREATE_ENDPOINT = `mutation ($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { signingSecret endpoint { id url eventTypes enabled } } }`;

/** Subscribes the receiver to the key's organisation's events (all types unless given); it then verifies with the secret. */
export async function subscribe(
  stack: TestStack,
  key: string,
  receiver: WebhookReceiver,
  eventTypes: string[] = [],
): Promise<Subscription> {
  const { createWebhookEndpoint: created } = dataOf(
    await stack.request<{ createWebhookEndpoint: { signingSecret: string; endpoint: { id: string } } }>(CREATE_ENDPOINT, {
      key,
      variables: { input: { url: receiver.url, eventTypes, description: "test receiver" } },
    }),
  );
  receiver.secret = created.signingSecret;
  return { endpointId: created.endpoint.id, signingSecret: created.signingSecret };
}

/** Waits until `check` holds (polling every 50 ms), or fails after `timeoutMs` saying what it waited for. */
export async function waitUntil(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

export interface PulledEvent {
  id: string;
  type: string;
  occurredAt: string;
  subjectId: string;
  subjectType: string;
  data: Record<string, unknown>;
}

const EVENTS = `query ($first: Int, $after: String, $types: [String!], $subjectId: ID) {
  events(first: $first, after: $after, types: $types, subjectId: $subjectId) {
    totalCount edges { cursor node { id type occurredAt subjectId subjectType data } } pageInfo { hasNextPage endCursor } } }`;

export interface EventPage {
  events: {
    totalCount: number;
    edges: { cursor: string; node: PulledEvent }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** One page of the key's organisation's events. */
export async function pullEvents(
  stack: TestStack,
  key: string,
  variables: { first?: number; after?: string | null; types?: string[]; subjectId?: string } = {},
): Promise<EventPage["events"]> {
  return dataOf(await stack.request<EventPage>(EVENTS, { key, variables })).events;
}
