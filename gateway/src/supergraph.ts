import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The composed schema checked in at the repository root (written by `npm run compose`). */
export const SUPERGRAPH_PATH = join(__dirname, "..", "..", "supergraph.graphql");

export const readSupergraph = (): string => readFileSync(SUPERGRAPH_PATH, "utf8");
