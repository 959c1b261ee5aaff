import { graphqlRequest, hashApiKey, KEY_LOOKUP_BATCH } from "@psg/shared";
import {
  codesOf,
  createQualifiedPartner,
  dataOf,
  type QualifiedPartner,
  requestStatements,
  startTestStack,
  type TestStack,
  WINDOWS_AND_OFFICE_DEPLOYMENT_PLANNING,
} from "@psg/testing";

let stack: TestStack;
let partner: QualifiedPartner;
beforeAll(async () => {
  stack = await startTestStack();
  partner = await createQualifiedPartner(stack);
});
afterAll(() => stack.stop());

const WINDOWS = WINDOWS_AND_OFFICE_DEPLOYMENT_PLANNING;
const SHAREPOINT = "7d0b1a52-0008-4000-8000-000000000008";

/** Asks the partners subgraph directly, as the vouchers service does. */
const asService = <T>(query: string, variables: Record<string, unknown>) =>
  graphqlRequest<T>(stack.subgraphUrls.partners, query, variables, {
    "x-internal-secret": stack.internalSecret,
    "x-service-name": "vouchers",
  });

const CHECKS = `query ($inputs: [DeliveryCheckInput!]!) {
  _deliveryChecks(inputs: $inputs) { code message offeringCode maxDays allowedServiceLevels }
}`;

type Result = { code: string | null; message: string | null; offeringCode: string | null; maxDays: number | null };

async function checks(inputs: Record<string, unknown>[]): Promise<Result[]> {
  const at = new Date().toISOString();
  return dataOf(await asService<{ _deliveryChecks: Result[] }>(CHECKS, { inputs: inputs.map((i) => ({ at, ...i })) }))
    ._deliveryChecks;
}

describe("_deliveryChecks", () => {
  it("allows a qualified partner and describes the engagement type", async () => {
    const [result] = await checks([
      {
        partnerId: partner.partnerId,
        engagementTypeId: WINDOWS,
        offeringCode: "DDPS",
        locationId: partner.locationId,
        country: "DE",
        consultantIds: [partner.consultantId],
      },
    ]);
    expect(result).toEqual({
      code: null,
      message: null,
      offeringCode: "DDPS",
      maxDays: 15,
      allowedServiceLevels: [1, 3, 5, 10, 15],
    });
  });

  it("names the first failing rule, one result per input in order", async () => {
    const other = await createQualifiedPartner(stack, { country: "FR" });
    const base = { partnerId: partner.partnerId, engagementTypeId: WINDOWS };
    const results = await checks([
      { ...base, partnerId: "1b2c3d4e-0000-4000-8000-000000000000" },
      { ...base, at: "2001-01-01T00:00:00Z" },
      { ...base, offeringCode: "SDPS" },
      { ...base, engagementTypeId: SHAREPOINT },
      { ...base, at: new Date(Date.now() + 400 * 86_400_000).toISOString() },
      { ...base, engagementTypeId: "7d0b1a52-0003-4000-8000-000000000003" },
      { ...base, locationId: other.locationId },
      { ...base, locationId: partner.locationId, country: "FR" },
      { ...base, consultantIds: [partner.consultantId, other.consultantId] },
      { ...base, engagementTypeId: "not-a-uuid" },
    ]);
    expect(results.map((r) => r.code)).toEqual([
      "NOT_FOUND",
      "NOT_ELIGIBLE",
      "ENGAGEMENT_TYPE_MISMATCH",
      "NOT_ENROLLED",
      "ENROLLMENT_EXPIRED",
      "MISSING_COMPETENCY",
      "FORBIDDEN",
      "LOCATION_COUNTRY_MISMATCH",
      "CONSULTANT_NOT_QUALIFIED",
      "ENGAGEMENT_TYPE_MISMATCH",
    ]);
    expect(results.every((r) => r.code === null || (r.message ?? "").length > 10)).toBe(true);
  });

  it("costs the same number of SQL statements for 1 input as for 12", async () => {
    const others = await Promise.all([createQualifiedPartner(stack), createQualifiedPartner(stack, { country: "FR" })]);
    const inputFor = (p: QualifiedPartner) => ({
      partnerId: p.partnerId,
      engagementTypeId: WINDOWS,
      offeringCode: "DDPS",
      locationId: p.locationId,
      country: "DE",
      consultantIds: [p.consultantId],
    });
    const statements = async (inputs: Record<string, unknown>[]) => {
      const before = requestStatements.count;
      await checks(inputs);
      return requestStatements.count - before;
    };
    const one = await statements([inputFor(partner)]);
    const many = await statements(Array.from({ length: 4 }, () => [partner, ...others].map(inputFor)).flat());
    expect(one).toBeGreaterThanOrEqual(5);
    expect(many).toBe(one);
  });

  it("is for services only and hidden from the graph", async () => {
    const direct = await graphqlRequest(
      stack.subgraphUrls.partners,
      CHECKS,
      { inputs: [] },
      { "x-internal-secret": stack.internalSecret, authorization: `Bearer ${partner.keys.globalAdmin}` },
    );
    expect(codesOf(direct)).toEqual(["FORBIDDEN"]);
    const hidden = codesOf(await stack.request(CHECKS, { key: stack.operatorKey, variables: { inputs: [] } }));
    expect(hidden.length).toBeGreaterThan(0);
    expect(new Set(hidden)).toEqual(new Set(["GRAPHQL_VALIDATION_FAILED"]));
  });
});

describe("_offerings and _partnerLocations", () => {
  it("answer by key, null for unknown", async () => {
    const data = dataOf(
      await asService<{ _offerings: unknown[]; _partnerLocations: unknown[] }>(
        `query ($codes: [String!]!, $ids: [ID!]!) {
          _offerings(codes: $codes) { code status allowedServiceLevels }
          _partnerLocations(ids: $ids) { id partnerId country }
        }`,
        { codes: ["DDPS", "NOPE"], ids: [partner.locationId, "x", "1b2c3d4e-0000-4000-8000-000000000000"] },
      ),
    );
    expect(data._offerings).toEqual([{ code: "DDPS", status: "ACTIVE", allowedServiceLevels: [1, 3, 5, 10, 15] }, null]);
    expect(data._partnerLocations).toEqual([{ id: partner.locationId, partnerId: partner.partnerId, country: "DE" }, null, null]);
  });
});

describe("_apiKeyPrincipals", () => {
  const PRINCIPALS = `query ($keyHashes: [String!]!) { _apiKeyPrincipals(keyHashes: $keyHashes) { organizationKind roles } }`;

  it("answers one principal per hash in order, null for an unknown key", async () => {
    const data = dataOf(
      await asService<{ _apiKeyPrincipals: ({ organizationKind: string } | null)[] }>(PRINCIPALS, {
        keyHashes: [hashApiKey("psg_not_a_key"), hashApiKey(stack.operatorKey)],
      }),
    );
    expect(data._apiKeyPrincipals).toEqual([null, { organizationKind: "OPERATOR", roles: ["OPERATOR"] }]);
  });

  it(`refuses more than ${KEY_LOOKUP_BATCH} hashes at once`, async () => {
    const keyHashes = Array.from({ length: KEY_LOOKUP_BATCH + 1 }, (_, i) => hashApiKey(`psg_made_up_${i}`));
    expect(codesOf(await asService(PRINCIPALS, { keyHashes }))).toEqual(["BAD_USER_INPUT"]);
  });
});
