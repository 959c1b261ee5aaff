// Lets `node -r ./test/support/ts-register.js file.ts` run the project's TypeScript sources
// in a real child process, compiled with the same swc settings as jest, and @psg/* resolved
// to sources, as jest's moduleNameMapper does.
const fs = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const { transformSync } = require("@swc/core");

const root = path.resolve(__dirname, "..", "..");
const SOURCES = {
  "@psg/shared": "shared/src/index.ts",
  "@psg/partners": "subgraphs/partners/src/index.ts",
  "@psg/vouchers": "subgraphs/vouchers/src/index.ts",
  "@psg/payments": "subgraphs/payments/src/index.ts",
  "@psg/events": "subgraphs/events/src/index.ts",
  "@psg/gateway": "gateway/src/index.ts",
  "@psg/stack": "stack/src/index.ts",
};

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const source = SOURCES[request];
  return source ? path.join(root, source) : resolveFilename.call(this, request, ...rest);
};

Module._extensions[".ts"] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, "utf8"), {
    filename,
    jsc: {
      parser: { syntax: "typescript", decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: "es2022",
    },
    module: { type: "commonjs" },
    sourceMaps: "inline",
  });
  module._compile(code, filename);
};
