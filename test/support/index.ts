export * from "./fixtures/partners";
export * from "./fixtures/payments";
export * from "./fixtures/vouchers";
export * from "./rules";
export * from "./stack";
