import { Benefit } from "./customer/benefit.entity";
import { Customer } from "./customer/customer.entity";
import { Customers1732400000000 } from "./migrations/1732400000000-customers";

export const SCHEMA = "vouchers";
export const entities = [Customer, Benefit];
export const migrations = [Customers1732400000000];
