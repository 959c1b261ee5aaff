import { type Config, type Logger, type RunningService, startSubgraph, systemClock } from "@psg/shared";
import { entities, migrations, SCHEMA } from "./database";
import { buildVouchersSchema } from "./schema";
import { persistExpiries } from "./voucher/voucher.expiry";

/** How often expiries are recorded in the background; reads never depend on it. */
const SWEEP_INTERVAL_MS = 10 * 60_000;

export async function startVouchers(config: Config, log: Logger): Promise<RunningService> {
  const running = await startSubgraph({ schema: SCHEMA, entities, migrations, buildSchema: buildVouchersSchema }, config, log);
  const sweep = setInterval(() => {
    if (!running.db?.isInitialized) return;
    persistExpiries(running.db, systemClock.now(), "all")
      .then((count) => count > 0 && log.info({ count }, "recorded voucher expiries"))
      .catch((error) => log.warn({ err: error }, "voucher expiry sweep failed"));
  }, SWEEP_INTERVAL_MS);
  sweep.unref();
  return {
    ...running,
    close: async () => {
      clearInterval(sweep);
      await running.close();
    },
  };
}
