export * from "./fixtures/partners";
export * from "./stack";
