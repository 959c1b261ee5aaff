export { composeSupergraph } from "./compose-supergraph";
