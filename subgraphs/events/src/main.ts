import "reflect-metadata";
import { runService } from "@psg/shared";
import { startEvents } from "./service";

void runService("events", startEvents);
