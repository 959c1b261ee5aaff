import type { Config } from "@psg/shared";

/** The query api.md promises a frontend will send on day one: three subgraphs in one request. */
export const PARTNER_DASHBOARD = `query PartnerDashboard($id: ID!) {
  partner(id: $id) {
    legalName
    enrollments { offering { code } status expiresAt }
    vouchers(first: 50, status: RESERVED) {
      edges { node { number expiresAt customer { name } engagement { status plannedStart } } }
    }
    paymentRequests(first: 20) { edges { node { referenceNumber status total { amount currency } } } }
  }
}`;

const STARTER_OPERATION = `# A partner's dashboard: data of all three subgraphs in one request.
# Ctrl-Enter runs it; the Documentation tab lists every type and field.
${PARTNER_DASHBOARD}
`;

/**
 * What Apollo Sandbox opens with: the starter operation, and under `npm start` the demo
 * partner in its variables and the demo operator key in its headers (both refused in
 * production by the configuration).
 */
export function sandboxLandingPage(config: Pick<Config, "sandboxDemo">): {
  document: string;
  variables: Record<string, string>;
  headers?: Record<string, string>;
} {
  const { key, partnerId } = config.sandboxDemo;
  return {
    document: STARTER_OPERATION,
    variables: { id: partnerId ?? "<a partner id, from { partners(first: 5) { edges { node { id legalName } } } }>" },
    ...(key ? { headers: { Authorization: `Bearer ${key}` } } : {}),
  };
}
