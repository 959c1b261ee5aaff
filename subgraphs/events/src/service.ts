import { type Config, type Logger, type RunningService, requireDatabaseUrl, startSubgraph } from "@psg/shared";
import { entities, migrations, SCHEMA } from "./database";
import { migrateJobQueue } from "./job-queue";
import { buildEventsSchema } from "./schema";

export const startEvents = (config: Config, log: Logger): Promise<RunningService> =>
  startSubgraph(
    {
      schema: SCHEMA,
      entities,
      migrations,
      buildSchema: buildEventsSchema,
      prepare: () => migrateJobQueue(requireDatabaseUrl(config), log),
    },
    config,
    log,
  );
