import { type Config, type Logger, type RunningService, startSubgraph } from "@psg/shared";
import { ensureBootstrapKey } from "./api-key/api-key.store";
import { localKeyVerifier } from "./api-key/api-key.verifier";
import { entities, migrations, SCHEMA } from "./database";
import { buildPartnersSchema } from "./schema";

export const startPartners = (config: Config, log: Logger): Promise<RunningService> =>
  startSubgraph(
    {
      schema: SCHEMA,
      entities,
      migrations,
      buildSchema: buildPartnersSchema,
      // partners owns the keys, so it checks them against its own tables
      keyVerifier: localKeyVerifier,
      prepare: async (db, cfg) => {
        if (cfg.bootstrapOperatorKey) await ensureBootstrapKey(db, cfg.bootstrapOperatorKey, new Date());
      },
    },
    config,
    log,
  );
