export * from "./events";
export * from "./fixtures/partners";
export * from "./fixtures/vouchers";
export * from "./rules";
export * from "./stack";
export * from "./worker-process";
