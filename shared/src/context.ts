import type { DataSource } from "typeorm";
import type { ProgramPolicy } from "./config";
import type { InternalClient } from "./internal-client";
import type { Loaders } from "./loaders";
import type { Logger } from "./logger";
import type { Principal } from "./principal";

/** What every resolver receives. */
export interface RequestContext {
  principal: Principal;
  /** "Now" for every rule and timestamp of this request (sandbox time aware). */
  now: Date;
  db: DataSource;
  loaders: Loaders;
  services: InternalClient;
  policy: ProgramPolicy;
  log: Logger;
}
