import { startGateway } from "@psg/gateway";
import { runService } from "@psg/shared";

/**
 * The bench's "limits off" gateway: the same gateway process without its operation limits
 * (the bench also starts it with RATE_LIMIT_PER_MINUTE=0), so that one run measures what the
 * limits cost. Nothing but the bench starts it.
 */
void runService("gateway", (config, log) => startGateway(config, log, { operationLimits: false }));
