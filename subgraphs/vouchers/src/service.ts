import { type Config, type Logger, type RunningService, startSubgraph } from "@psg/shared";
import { entities, migrations, SCHEMA } from "./database";
import { buildVouchersSchema } from "./schema";

export const startVouchers = (config: Config, log: Logger): Promise<RunningService> =>
  startSubgraph({ schema: SCHEMA, entities, migrations, buildSchema: buildVouchersSchema }, config, log);
