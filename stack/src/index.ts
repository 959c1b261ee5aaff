export { PARTNER_DASHBOARD } from "@psg/gateway";
export * from "./builders";
export { composeSupergraph, PUBLIC_SCHEMA_PATH, publicSchemaOf, SUBGRAPH_SCHEMAS } from "./compose-supergraph";
export { type DemoKey, runDemoSeeds, seedDemoData } from "./demo";
export { DemoSeed } from "./demo/seed";
export { ensureHiveGateway, HIVE_DIR, type RunningHiveGateway, startHiveGateway } from "./hive";
export { type InProcessStack, startInProcessStack } from "./in-process";
export { README_PATH, type ReadmeGraphqlBlock, readmeCurlScripts, readmeGraphqlBlocks } from "./readme-examples";
export { type Answer, type ReceivedWebhook, startWebhookReceiver, type WebhookReceiver } from "./webhook-receiver";
