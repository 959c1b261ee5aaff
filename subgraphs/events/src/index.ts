export { buildEventsSchema } from "./schema";
export { startEvents } from "./service";
export { type RunningWorker, startWorker } from "./worker/worker";
