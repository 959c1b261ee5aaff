import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { SUPERGRAPH_PATH } from "@psg/gateway";
import { composeSupergraph, PUBLIC_SCHEMA_PATH, publicSchemaOf } from "./compose-supergraph";

composeSupergraph()
  .then((sdl) => {
    writeFileSync(SUPERGRAPH_PATH, sdl);
    writeFileSync(PUBLIC_SCHEMA_PATH, publicSchemaOf(sdl));
    process.stdout.write(`Wrote ${SUPERGRAPH_PATH} and ${PUBLIC_SCHEMA_PATH}\n`);
  })
  .catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
