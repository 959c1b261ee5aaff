import { runService } from "@psg/shared";
import { startGateway } from "./gateway";

void runService("gateway", startGateway);
