export { PARTNER_DASHBOARD } from "@psg/gateway";
export { composeSupergraph, SUBGRAPH_SCHEMAS } from "./compose-supergraph";
export { type DemoKey, seedDemoData } from "./demo";
export { type InProcessStack, startInProcessStack } from "./in-process";
export { type Answer, type ReceivedWebhook, startWebhookReceiver, type WebhookReceiver } from "./webhook-receiver";
