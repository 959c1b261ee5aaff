import { PARTNER_DASHBOARD } from "@psg/gateway";
import type { SubgraphName } from "@psg/shared";
import type { LargeKey, LargeSeedResult } from "../large/seed";
import type { BenchRequest } from "./run";

const CUSTOMER_VOUCHERS = "{ vouchers(first: 20) { totalCount edges { node { number status expiresAt serviceLevelDays } } } }";
const VOUCHERS_BY_STATUS = "{ vouchers(first: 20, status: REDEEMED) { edges { node { number redeemedAt } } } }";
const CATALOG =
  "{ offerings { code name engagementTypes { id name requiredCompetencies { minimumLevel competency { name } } } } }";
const VIEWER = "{ viewer { organizationKind organizationId roles } }";

export interface BenchScenario {
  name: string;
  /** The one subgraph that answers it alone, if any: it is then also sent there directly. */
  subgraph?: SubgraphName;
  next: () => BenchRequest;
  /** How many different requests it cycles through (its keys): the warm-up sends each once. */
  distinct: number;
}

const request = (query: string, variables: Record<string, unknown> = {}, key?: string): BenchRequest => ({
  body: JSON.stringify({ query, variables }),
  headers: key ? { authorization: `Bearer ${key}` } : {},
});

/** Cycles through `items`, one per call. */
const rotate = (items: BenchRequest[]): Pick<BenchScenario, "next" | "distinct"> => {
  let i = 0;
  return { next: () => items[i++ % items.length], distinct: items.length };
};

/** a[0], b[0], a[1], b[1], …, then the rest of the longer one. */
export function interleave<T>(a: T[], b: T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) out.push(a[i]);
    if (i < b.length) out.push(b[i]);
  }
  return out;
}

/** One of the keys seed:large printed, by its label. */
export function seedKey(seed: LargeSeedResult, label: string): LargeKey {
  const found = seed.keys.find((k) => k.label === label);
  if (!found) throw new Error(`the data set has no key "${label}"`);
  return found;
}

/** The scenarios of `npm run bench` on a data set made by seed:large. */
export function benchScenarios(seed: LargeSeedResult): BenchScenario[] {
  const key = (label: string) => seedKey(seed, label);
  const operator = key("OPERATOR").secret;
  const large = key("large partner GLOBAL_ADMIN");
  const typical = key("typical partner GLOBAL_ADMIN");
  const customer = key("customer PROJECT_MANAGER").secret;
  const once = (r: BenchRequest) => rotate([r]);
  // partners' dashboards and customers' lists taken in turn: a slice that ends part-way through
  // the list then holds about as many of each as a whole pass would (the keys come partners first)
  const partnerKeys = seed.manyKeys.filter((k) => k.organizationKind === "PARTNER");
  const customerKeys = seed.manyKeys.filter((k) => k.organizationKind !== "PARTNER");
  const mixed = interleave(
    partnerKeys.map((k) => request(PARTNER_DASHBOARD, { id: k.organizationId }, k.secret)),
    customerKeys.map((k) => request(CUSTOMER_VOUCHERS, {}, k.secret)),
  );
  return [
    { name: "catalog (no key)", subgraph: "partners", ...once(request(CATALOG)) },
    { name: "viewer", subgraph: "partners", ...once(request(VIEWER, {}, operator)) },
    {
      name: `PartnerDashboard, large partner (${seed.largePartner.engagements} engagements)`,
      ...once(request(PARTNER_DASHBOARD, { id: large.organizationId }, large.secret)),
    },
    {
      name: `PartnerDashboard, typical partner (${seed.typicalPartner.engagements} engagements)`,
      ...once(request(PARTNER_DASHBOARD, { id: typical.organizationId }, typical.secret)),
    },
    {
      name: `customer's vouchers (${seed.customer.vouchers})`,
      subgraph: "vouchers",
      ...once(request(CUSTOMER_VOUCHERS, {}, customer)),
    },
    {
      name: "large partner's vouchers by status",
      subgraph: "vouchers",
      ...once(request(VOUCHERS_BY_STATUS, {}, large.secret)),
    },
    { name: `many keys: ${mixed.length} partners' dashboards and customers' lists`, ...rotate(mixed) },
    {
      name: `many keys: viewer (${seed.manyKeys.length} keys)`,
      subgraph: "partners",
      ...rotate(seed.manyKeys.map((k) => request(VIEWER, {}, k.secret))),
    },
  ];
}
