export { PARTNER_DASHBOARD } from "@psg/gateway";
export * from "./builders";
export { composeSupergraph, SUBGRAPH_SCHEMAS } from "./compose-supergraph";
export { type DemoKey, seedDemoData } from "./demo";
export { type InProcessStack, startInProcessStack } from "./in-process";
