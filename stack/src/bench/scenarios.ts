import type { InProcessStack } from "../in-process";
import type { Scenario } from "./run";

/** The operations measured by `npm run bench`, with the data each needs. */
export async function benchScenarios(stack: InProcessStack): Promise<Scenario[]> {
  return [
    {
      name: "catalog (no key)",
      query: "{ offerings { code name engagementTypes { id name requiredCompetencies { minimumLevel competency { name } } } } }",
    },
    { name: "viewer (operator key)", query: "{ viewer { organizationKind roles } }", key: stack.operatorKey },
    {
      name: "apiKeys page of 20",
      query: "{ apiKeys(first: 20) { totalCount edges { node { id name roles lastUsedAt } } } }",
      key: stack.operatorKey,
    },
  ];
}
