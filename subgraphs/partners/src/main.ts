import { startTelemetry } from "@psg/shared/telemetry";

// first, so that http, express, graphql and pg are instrumented when they load
startTelemetry("partners");

import "reflect-metadata";
import { runService } from "@psg/shared";
import { startPartners } from "./service";

void runService("partners", startPartners);
