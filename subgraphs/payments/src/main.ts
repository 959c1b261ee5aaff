import { startTelemetry } from "@psg/shared/telemetry";

// first, so that http, express, graphql and pg are instrumented when they load
startTelemetry("payments");

import "reflect-metadata";
import { runService } from "@psg/shared";
import { startPayments } from "./service";

void runService("payments", startPayments);
