// Lets a child process run the TypeScript sources as jest does (swc, decorator metadata,
// @psg/* mapped to each workspace's src), so tests start real service processes without a build.
const Module = require("node:module");
const { join } = require("node:path");
const { transformSync } = require("@swc/core");

const root = join(__dirname, "..", "..");
const WORKSPACES = {
  "@psg/shared": "shared",
  "@psg/partners": "subgraphs/partners",
  "@psg/vouchers": "subgraphs/vouchers",
  "@psg/payments": "subgraphs/payments",
  "@psg/events": "subgraphs/events",
  "@psg/gateway": "gateway",
  "@psg/stack": "stack",
};

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolve(request, ...rest) {
  const workspace = WORKSPACES[request];
  return resolveFilename.call(this, workspace ? join(root, workspace, "src", "index.ts") : request, ...rest);
};

const OPTIONS = {
  jsc: {
    parser: { syntax: "typescript", decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: "es2022",
  },
  module: { type: "commonjs" },
  sourceMaps: "inline",
};

require.extensions[".ts"] = (module, filename) => {
  const source = require("node:fs").readFileSync(filename, "utf8");
  module._compile(transformSync(source, { ...OPTIONS, filename }).code, filename);
};
