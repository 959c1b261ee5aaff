import { graphqlData, type Logger } from "@psg/shared";
import { startWebhookReceiver, type WebhookReceiver } from "../webhook-receiver";

export const DEMO_RECEIVER_DESCRIPTION = "Demo receiver (npm start)";

interface Endpoint {
  id: string;
  url: string;
  description: string;
}

/**
 * The demo's webhook receiver on loopback, and the operator endpoint that sends it every
 * event: made on the first start, its secret rotated on every start (the receiver holds
 * the secret only in memory), so a newcomer sees signed events arrive in the stack's log.
 */
export async function startDemoReceiver(
  gatewayUrl: string,
  operatorKey: string,
  port: number,
  log: Logger,
): Promise<WebhookReceiver> {
  const receiver = await startWebhookReceiver({
    port,
    onMessage: (message) =>
      log.info(
        {
          type: message.payload.type,
          subject: `${message.payload.subjectType} ${message.payload.subjectId}`,
          verified: message.verified,
        },
        `webhook received: ${message.payload.type}${message.verified ? " (signature verified)" : " (SIGNATURE NOT VERIFIED)"}`,
      ),
  });
  const url = `http://localhost:${port}/webhooks`;
  const call = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphqlData<T>(gatewayUrl, operatorKey, query, variables);
  const { webhookEndpoints } = await call<{ webhookEndpoints: Endpoint[] }>("{ webhookEndpoints { id url description } }");
  const existing = webhookEndpoints.find((e) => e.description === DEMO_RECEIVER_DESCRIPTION && e.url === url);
  if (existing) {
    const { rotateWebhookSecret } = await call<{ rotateWebhookSecret: { signingSecret: string } }>(
      "mutation ($id: ID!) { rotateWebhookSecret(id: $id) { signingSecret } }",
      { id: existing.id },
    );
    receiver.secret = rotateWebhookSecret.signingSecret;
  } else {
    const { createWebhookEndpoint } = await call<{ createWebhookEndpoint: { signingSecret: string } }>(
      "mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { signingSecret } }",
      { input: { url, eventTypes: [], description: DEMO_RECEIVER_DESCRIPTION } },
    );
    receiver.secret = createWebhookEndpoint.signingSecret;
  }
  return receiver;
}
