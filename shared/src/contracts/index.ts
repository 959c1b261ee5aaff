export * from "./deadlines";
export * from "./internal-query";
export * from "./partners";
export * from "./vouchers";
