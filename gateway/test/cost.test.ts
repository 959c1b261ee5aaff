import { loadConfig } from "@psg/shared";
import { PARTNER_DASHBOARD, readmeGraphqlBlocks } from "@psg/stack";
import { buildASTSchema, GraphQLError, parse, print } from "graphql";
import { ASSUMED_LIST_SIZE, costCalculator, ENTITY_FETCH_COST, fetchesEntity, readFederation } from "../src/cost";
import { readSupergraph } from "../src/supergraph";

const sdl = readSupergraph();
const schema = buildASTSchema(parse(sdl));
const cost = costCalculator(sdl);
const costOf = (query: string, variables: Record<string, unknown> = {}) => cost({ schema, document: parse(query), variables });
const { limits } = loadConfig("gateway", {});

/**
 * Every operation of the README's GraphQL examples, one by one, with the variables its JSON
 * block shows; a placeholder (`"<partner id>"`, `"<today + 7 days>"`) becomes a value of its
 * kind, since only the sizes asked for (`first`) change a cost.
 */
function readmeOperations(): { query: string; variables: Record<string, unknown> }[] {
  const today = new Date().toISOString().slice(0, 10);
  const filled = (value: unknown): unknown => {
    if (typeof value === "string" && /^<.*>$/.test(value)) return value.startsWith("<today") ? today : "x";
    if (Array.isArray(value)) return value.map(filled);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, filled(v)]));
    return value;
  };
  return readmeGraphqlBlocks().flatMap((block) =>
    parse(block.document).definitions.map((d) => ({
      query: print(d),
      variables: filled(block.variables ?? {}) as Record<string, unknown>,
    })),
  );
}

describe("where the supergraph says fields are resolved", () => {
  const federation = readFederation(sdl);

  it("finds each entity's home subgraph", () => {
    expect(federation.homes.get("Partner")).toBe("PARTNERS");
    expect(federation.homes.get("Voucher")).toBe("VOUCHERS");
    expect(federation.homes.has("Money")).toBe(false);
  });

  it("prices fields another subgraph adds to an entity, and fields leading into another subgraph's entity", () => {
    expect(fetchesEntity(federation, "Partner", "paymentRequests", "PaymentRequestConnection")).toBe(true);
    expect(fetchesEntity(federation, "Partner", "vouchers", "VoucherConnection")).toBe(true);
    expect(fetchesEntity(federation, "Voucher", "paymentStatus", "PaymentStatus")).toBe(true);
    expect(fetchesEntity(federation, "Voucher", "reservedBy", "Partner")).toBe(true);
    expect(fetchesEntity(federation, "Partner", "legalName", "String")).toBe(false);
    expect(fetchesEntity(federation, "Query", "partner", "Partner")).toBe(false);
    expect(fetchesEntity(federation, "Voucher", "customer", "Customer")).toBe(false);
  });
});

describe("the cost of an operation", () => {
  it("multiplies a list by first, or by its default, and not again for the connection's edges", () => {
    const page = (first?: number) =>
      costOf(`{ partners${first === undefined ? "" : `(first: ${first})`} { edges { node { locations { id } } } } }`);
    // per partner: the edge, the node, and its locations (ASSUMED_LIST_SIZE objects)
    const perPartner = 1 + 1 + ASSUMED_LIST_SIZE;
    expect(page(5)).toBe(5 * (1 + perPartner));
    expect(page(100)).toBe(100 * (1 + perPartner));
    expect(page()).toBe(20 * (1 + perPartner));
  });

  it("counts a field served by another subgraph as an entity fetch", () => {
    const local = costOf(`{ partner(id: "x") { locations { id } } }`);
    const remote = costOf(`{ partner(id: "x") { bankAccounts { id } } }`);
    expect(remote - local).toBe(ENTITY_FETCH_COST);
  });

  it("counts fragments as often as they are spread, and variables' values of first", () => {
    const query = `query ($n: Int!) { partners(first: $n) { ...P } a: partners(first: $n) { ...P } } fragment P on PartnerConnection { edges { node { id } } }`;
    // each: n × (the connection, its edge, the node)
    expect(costOf(query, { n: 10 })).toBe(2 * 10 * 3);
    expect(costOf(query, { n: 50 })).toBe(2 * 50 * 3);
  });

  it("leaves introspection out", () => {
    expect(costOf("{ __schema { types { name fields { name type { name ofType { name } } } } } }")).toBe(0);
  });

  it("admits PartnerDashboard and every README example with room to spare; the catalog without a key", () => {
    expect(costOf(PARTNER_DASHBOARD, { id: "x" })).toBeLessThan(limits.cost / 100);
    const operations = readmeOperations();
    expect(operations.length).toBeGreaterThan(30);
    for (const { query, variables } of operations) expect(costOf(query, variables)).toBeLessThan(limits.cost / 50);
    const catalog =
      "{ offerings { code name engagementTypes { id name requiredCompetencies { minimumLevel competency { name } } } } }";
    expect(costOf(catalog)).toBeLessThan(limits.anonymousCost / 10);
  });

  it("refuses lists nested under lists long before they reach a subgraph", () => {
    const nested = `{ partner(id: "x") { consultants(first: 100) { edges { node { partner {
      consultants(first: 100) { edges { node { partner { consultants(first: 100) { edges { node { name } } } } } } } } } } } } }`;
    expect(costOf(nested)).toBeGreaterThan(limits.cost * 10);
  });

  it("is Infinity for fragments spread into more fields than can be counted", () => {
    const levels = Array.from({ length: 12 }, (_, i) => `fragment F${i} on Offering { ...F${i + 1} ...F${i + 1} code }`);
    const bomb = `{ offerings { ...F0 } } ${levels.join(" ")} fragment F12 on Offering { code }`;
    expect(costOf(bomb)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("the cost of one parsed document asked again", () => {
  it("is the same answer for the same variables and its own for others, however the questions alternate", () => {
    const document = parse("query ($n: Int) { partners(first: $n) { edges { node { name } } } }");
    const ask = (n: number) => cost({ schema, document, variables: { n } });
    const fresh = (n: number) => cost({ schema, document: parse(print(document)), variables: { n } });
    const asked = [10, 50, 10, 50, 1, 10].map(ask);
    expect(asked).toEqual([10, 50, 10, 50, 1, 10].map(fresh));
    expect(new Set(asked).size).toBe(3);
  });

  it("still refuses variables that do not coerce, every time", () => {
    const document = parse("query ($n: Int) { partners(first: $n) { edges { node { name } } } }");
    for (let i = 0; i < 2; i++) expect(() => cost({ schema, document, variables: { n: "many" } })).toThrow(GraphQLError);
  });
});
