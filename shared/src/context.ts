import type { EntityManager } from "typeorm";
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
  /**
   * Where the request reads and writes: the database's manager, or, for a request that must
   * commit as one (an idempotent mutation), a manager bound to that request's transaction;
   * `ctx.db.transaction(...)` then nests as a savepoint.
   */
  db: EntityManager;
  loaders: Loaders;
  services: InternalClient;
  policy: ProgramPolicy;
  log: Logger;
}
