import "reflect-metadata";
import { runService } from "@psg/shared";
import { startPayments } from "./service";

void runService("payments", startPayments);
