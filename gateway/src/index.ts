export { PROPAGATED_HEADERS, startGateway } from "./gateway";
export { readSupergraph, SUPERGRAPH_PATH } from "./supergraph";
