export { type GatewayOptions, PROPAGATED_HEADERS, startGateway } from "./gateway";
export { PARTNER_DASHBOARD } from "./sandbox";
export { readSupergraph, SUPERGRAPH_PATH } from "./supergraph";
