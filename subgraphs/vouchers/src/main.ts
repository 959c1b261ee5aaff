import "reflect-metadata";
import { runService } from "@psg/shared";
import { startVouchers } from "./service";

void runService("vouchers", startVouchers);
