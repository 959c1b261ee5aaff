/**
 * One builder of organisations, keys, vouchers and dates, made through the public API as a
 * client would; the demo data of `npm start` and the tests' fixtures both use it.
 */
export * from "./catalog";
export * from "./dates";
export * from "./graph";
export * from "./organizations";
export * from "./vouchers";
