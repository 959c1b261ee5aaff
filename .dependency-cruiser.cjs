/** The import graph the architecture allows; `npm run lint` (and so `npm test`) checks it. */
module.exports = {
  forbidden: [
    {
      name: "no-cycle-between-concept-folders",
      comment: "Concept folders do not import each other in a loop; what two share lives in a small common module.",
      severity: "error",
      scope: "folder",
      from: { path: "^subgraphs/[^/]+/src/" },
      to: { circular: true },
    },
    {
      name: "no-cycle",
      comment: "No module reaches itself through its imports.",
      severity: "error",
      from: { path: "^(shared|subgraphs|gateway|stack|test)/" },
      to: { circular: true },
    },
    {
      name: "no-subgraph-imports-another",
      comment: "A subgraph asks another through its internal contract, never by importing its code.",
      severity: "error",
      from: { path: "^subgraphs/([^/]+)/" },
      to: { path: "^subgraphs/", pathNot: "^subgraphs/$1/" },
    },
    {
      name: "shared-imports-no-service",
      comment: "shared/ is the bottom layer: no subgraph, gateway, stack or test code.",
      severity: "error",
      from: { path: "^shared/" },
      to: { path: "^(subgraphs|gateway|stack)/" },
    },
    {
      name: "services-import-no-tests",
      comment: "What runs in production and `npm start` never depends on test code.",
      severity: "error",
      from: { path: "^(shared|subgraphs|gateway|stack)/[^/]+/", pathNot: "(^|/)test/" },
      to: { path: "(^test/|/test/)" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(dist|node_modules)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.check.json" },
  },
};
