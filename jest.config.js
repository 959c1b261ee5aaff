/** One jest run for every workspace: unit tests beside each subgraph, end-to-end tests in test/. */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/shared", "<rootDir>/subgraphs", "<rootDir>/gateway", "<rootDir>/test"],
  testMatch: ["**/test/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/"],
  transform: { "^.+\\.ts$": swc },
  moduleNameMapper: {
    "^@psg/shared$": "<rootDir>/shared/src/index.ts",
    "^@psg/shared/telemetry$": "<rootDir>/shared/src/telemetry.ts",
    "^@psg/testing$": "<rootDir>/test/support/index.ts",
    "^@psg/(partners|vouchers|payments|events)$": "<rootDir>/subgraphs/$1/src/index.ts",
    "^@psg/(gateway|stack)$": "<rootDir>/$1/src/index.ts",
  },
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/support/global-teardown.ts",
  setupFiles: ["reflect-metadata"],
  testTimeout: 60_000,
  maxWorkers: 2,
};
