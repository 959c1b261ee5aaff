import { type Config, type Logger, type RunningService, startSubgraph } from "@psg/shared";
import { entities, migrations, SCHEMA } from "./database";
import { buildPaymentsSchema } from "./schema";

export const startPayments = (config: Config, log: Logger): Promise<RunningService> =>
  startSubgraph({ schema: SCHEMA, entities, migrations, buildSchema: buildPaymentsSchema }, config, log);
