export * from "./built-processes";
export * from "./fixtures/partners";
export * from "./fixtures/payments";
export * from "./fixtures/vouchers";
export * from "./processes";
export * from "./rules";
export * from "./stack";
export * from "./tapped-gateway";
