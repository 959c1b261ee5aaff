import "reflect-metadata";
import { runService } from "@psg/shared";
import { startPartners } from "./service";

void runService("partners", startPartners);
