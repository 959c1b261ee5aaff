export { composeSupergraph } from "./compose-supergraph";
export { type InProcessStack, startInProcessStack } from "./in-process";
