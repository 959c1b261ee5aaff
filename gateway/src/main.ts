import { startTelemetry } from "@psg/shared/telemetry";

// first, so that http, express, graphql and pg are instrumented when they load
startTelemetry("gateway");

import { runService } from "@psg/shared";
import { startGateway } from "./gateway";

void runService("gateway", startGateway);
