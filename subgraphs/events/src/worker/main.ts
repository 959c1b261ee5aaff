import "reflect-metadata";
import { ConfigError, createLogger, loadConfig } from "@psg/shared";
import { startWorker } from "./worker";

/** `npm run start:worker`: one worker process; run as many as the load needs. */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig("events");
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  const log = createLogger("worker", config.logLevel);
  const worker = await startWorker(config, log).catch((error) => {
    if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
    else log.fatal({ err: error }, "could not start");
    process.exit(1);
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping");
    await worker.close().catch((error) => log.error({ err: error }, "error while stopping"));
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

void main();
