import { PARTNER_DASHBOARD } from "@psg/gateway";
import { runDemoSeeds } from "../demo";
import { DemoSeed } from "../demo/seed";
import type { InProcessStack } from "../in-process";
import type { Scenario } from "./run";

/** The operations measured by `npm run bench`, on the demo data set of `npm start`. */
export async function benchScenarios(stack: InProcessStack): Promise<Scenario[]> {
  const seed = new DemoSeed(stack.gatewayUrl, stack.operatorKey);
  await runDemoSeeds(seed);
  const keyOf = (label: string): string => {
    const key = seed.keys.find((k) => k.label === label);
    if (!key) throw new Error(`the demo data has no key "${label}"`);
    return key.secret;
  };
  const partnerKey = keyOf("Contoso Consulting GLOBAL_ADMIN");
  return [
    {
      name: "catalog (no key)",
      query: "{ offerings { code name engagementTypes { id name requiredCompetencies { minimumLevel competency { name } } } } }",
    },
    { name: "viewer", query: "{ viewer { organizationKind roles } }", key: stack.operatorKey },
    {
      name: "PartnerDashboard (3 subgraphs)",
      query: PARTNER_DASHBOARD,
      variables: { id: seed.ids.partnerId },
      key: partnerKey,
    },
    {
      name: "eligibility",
      query:
        "query ($p: ID!, $t: ID!) { eligibility(partnerId: $p, engagementTypeId: $t) { eligible checks { code met detail } } }",
      variables: { p: seed.ids.partnerId, t: "7d0b1a52-0001-4000-8000-000000000001" },
      key: partnerKey,
    },
    {
      name: "customer's vouchers",
      query:
        "{ vouchers(first: 20) { totalCount edges { node { number status expiresAt offering { name } reservedBy { legalName } } } } }",
      key: keyOf("Fabrikam Ltd PROJECT_MANAGER"),
    },
    {
      name: "operator's payment requests",
      query:
        "{ paymentRequests(first: 20) { totalCount edges { node { referenceNumber status total { amount } lines { voucher { number } } } } } }",
      key: stack.operatorKey,
    },
  ];
}
