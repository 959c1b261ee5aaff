import { startTelemetry } from "@psg/shared/telemetry";

// first, so that http, express, graphql and pg are instrumented when they load
startTelemetry("vouchers");

import "reflect-metadata";
import { runService } from "@psg/shared";
import { startVouchers } from "./service";

void runService("vouchers", startVouchers);
