import { sqlListeners } from "@psg/shared";
import { PARTNER_DASHBOARD } from "@psg/stack";
import {
  dataOf,
  partnerWithRequests,
  type QualifiedPartner,
  requestStatements,
  startTestStack,
  type TestCustomer,
  type TestStack,
} from "@psg/testing";
import { Client } from "pg";

let stack: TestStack;
let db: Client;
let partner: QualifiedPartner;
let customer: TestCustomer;
const T0 = "2030-05-04T09:00:00.000Z";
const LATER = "2030-12-01T09:00:00.000Z"; // 211 days on: every open voucher reads EXPIRED

const CUSTOMER_VOUCHERS = `query ($id: ID!) {
  customer(id: $id) {
    vouchers(first: 50) {
      totalCount
      edges { node { number status expiresAt offering { name } reservedBy { legalName } engagement { status } } }
    }
  }
  vouchers(first: 20, status: RESERVED) { edges { node { number status } } }
}`;

type Edges = { edges: { cursor: string; node: { number: string } }[] };
interface Dashboard {
  partner: { vouchers: Edges; paymentRequests: Edges };
}

interface PlanNode {
  "Index Cond"?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

/** A scan that reads a parent's rows and drops those of other statuses one by one: its index lacks the status. */
const filtersStatusOutsideIndex = (plans: { Plan: PlanNode }[]): boolean => {
  const walk = (node: PlanNode): boolean =>
    (/\bstatus\b/.test(node.Filter ?? "") && !/\bstatus\b/.test(node["Index Cond"] ?? "")) || (node.Plans ?? []).some(walk);
  return plans.some((p) => walk(p.Plan));
};

/**
 * SQL statements a query costs, with the caches of keys and catalog warm: the fewest of three
 * runs after a warming one, so that a 5 s cache expiring on a slow machine, or another
 * statement of the process landing in the same moment, does not count; a cost that grows with
 * the data is larger in every run.
 */
async function statementsFor<T>(
  key: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ count: number; data: T }> {
  const ask = () => stack.request<T>(query, { key, variables, at: T0 });
  dataOf(await ask());
  let fewest = Number.POSITIVE_INFINITY;
  let data!: T;
  for (let run = 0; run < 3; run++) {
    const before = requestStatements.count;
    data = dataOf(await ask());
    fewest = Math.min(fewest, requestStatements.count - before);
  }
  return { count: fewest, data };
}

/**
 * Gives the partner `copies` more of each voucher it holds (reserved with their engagement,
 * redeemed with their engagement and payment request), written set-wise.
 */
async function cloneHoldings(partnerId: string, copies: number): Promise<void> {
  await db.query(
    `CREATE TEMP TABLE "clone" AS SELECT gen_random_uuid() AS "id", "v"."id" AS "source", "g"
     FROM "vouchers"."vouchers" "v", generate_series(1, $2::int) "g" WHERE "v"."partner_id" = $1`,
    [partnerId, copies],
  );
  await db.query(`
    INSERT INTO "vouchers"."vouchers" ("id", "number", "customer_id", "offering_code", "service_level_days", "assignee_name",
      "assignee_email", "status", "created_at", "expires_at", "partner_id", "reserved_at", "redeemed_at", "days_returned")
    SELECT "c"."id", "v"."number" || '-' || "c"."g", "v"."customer_id", "v"."offering_code", "v"."service_level_days", "v"."assignee_name",
      "v"."assignee_email", "v"."status", "v"."created_at" + "c"."g" * interval '1 millisecond', "v"."expires_at", "v"."partner_id",
      "v"."reserved_at", "v"."redeemed_at", "v"."days_returned"
    FROM "clone" "c" JOIN "vouchers"."vouchers" "v" ON "v"."id" = "c"."source"`);
  await db.query(`
    INSERT INTO "vouchers"."engagements" ("voucher_id", "customer_id", "engagement_type_id", "max_days", "partner_id", "location_id",
      "delivery_country", "planned_start", "planned_end", "actual_start", "actual_end", "days_delivered", "offsite_days",
      "consultant_ids", "status", "created_at")
    SELECT "c"."id", "e"."customer_id", "e"."engagement_type_id", "e"."max_days", "e"."partner_id", "e"."location_id",
      "e"."delivery_country", "e"."planned_start", "e"."planned_end", "e"."actual_start", "e"."actual_end", "e"."days_delivered",
      "e"."offsite_days", "e"."consultant_ids", "e"."status", "e"."created_at" + "c"."g" * interval '1 millisecond'
    FROM "clone" "c" JOIN "vouchers"."engagements" "e" ON "e"."voucher_id" = "c"."source" AND "e"."status" <> 'CANCELLED'`);
  await db.query(`
    CREATE TEMP TABLE "request_clone" AS SELECT gen_random_uuid() AS "id", "l"."request_id" AS "source", "c"."id" AS "voucher_id", "c"."g"
    FROM "clone" "c" JOIN "payments"."payment_request_lines" "l" ON "l"."voucher_id" = "c"."source" AND NOT "l"."released"`);
  await db.query(`
    INSERT INTO "payments"."payment_requests" ("id", "reference_number", "partner_id", "location_id", "bank_account_id", "country",
      "currency", "total_minor", "status", "created_at", "submitted_at", "approved_at", "due_by", "paid_at", "payment_reference")
    SELECT "rc"."id", "r"."reference_number" || '-' || "rc"."g", "r"."partner_id", "r"."location_id", "r"."bank_account_id", "r"."country",
      "r"."currency", "r"."total_minor", "p"."status", "r"."created_at" + "rc"."g" * interval '1 millisecond',
      "p"."at", "p"."at", "p"."at" + interval '30 days', "p"."at", CASE WHEN "p"."status" = 'PAID' THEN 'SEPA-' || "rc"."g" END
    FROM "request_clone" "rc" JOIN "payments"."payment_requests" "r" ON "r"."id" = "rc"."source"
    -- as in a real history, most requests were paid long ago; a few are still drafts
    CROSS JOIN LATERAL (SELECT CASE WHEN "rc"."g" % 50 = 0 THEN 'DRAFT' ELSE 'PAID' END AS "status",
      CASE WHEN "rc"."g" % 50 = 0 THEN NULL ELSE "r"."created_at" + interval '1 day' END AS "at") "p"`);
  await db.query(`
    INSERT INTO "payments"."payment_request_lines" ("request_id", "voucher_id", "offering_code", "days", "daily_rate_minor",
      "amount_minor", "currency", "redeemed_at", "claimed_at")
    SELECT "rc"."id", "rc"."voucher_id", "l"."offering_code", "l"."days", "l"."daily_rate_minor", "l"."amount_minor", "l"."currency",
      "l"."redeemed_at", "l"."claimed_at"
    FROM "request_clone" "rc" JOIN "payments"."payment_request_lines" "l" ON "l"."request_id" = "rc"."source"`);
  await db.query(`DROP TABLE "clone", "request_clone"`);
  await db.query(
    `ANALYZE "vouchers"."vouchers", "vouchers"."engagements", "payments"."payment_requests", "payments"."payment_request_lines"`,
  );
}

beforeAll(async () => {
  stack = await startTestStack({}, { freshDatabase: true }); // its own indexes and statistics
  db = new Client({ connectionString: stack.databaseUrl });
  await db.connect();
  dataOf(
    await stack.request("mutation ($input: SetRateInput!) { setRate(input: $input) { country } }", {
      key: stack.operatorKey,
      variables: { input: { country: "FR", currency: "EUR", dailyRateMinor: "105000", validFrom: "2020-01-01" } },
    }),
  );
  ({ partner, customer } = await partnerWithRequests(stack, 1, T0));
}, 120_000);
afterAll(async () => {
  await db.end();
  await stack.stop();
});

describe("lists at size", () => {
  let small: { dashboard: number; customer: number };

  it("PartnerDashboard and the customer's voucher list cost as many SQL statements for 500 vouchers as for 1", async () => {
    const dashboard = () => statementsFor<Dashboard>(partner.keys.globalAdmin, PARTNER_DASHBOARD, { id: partner.partnerId });
    const customerList = () =>
      statementsFor<{ customer: { vouchers: Edges & { totalCount: number } } }>(customer.keys.projectManager, CUSTOMER_VOUCHERS, {
        id: customer.customerId,
      });
    const one = { dashboard: await dashboard(), customer: await customerList() };
    expect(one.dashboard.data.partner.vouchers.edges).toHaveLength(1);
    expect(one.dashboard.data.partner.paymentRequests.edges).toHaveLength(1);
    expect(one.customer.data.customer.vouchers.totalCount).toBe(2);
    small = { dashboard: one.dashboard.count, customer: one.customer.count };

    await cloneHoldings(partner.partnerId, 499);

    const many = { dashboard: await dashboard(), customer: await customerList() };
    expect(many.dashboard.data.partner.vouchers.edges).toHaveLength(50);
    expect(many.dashboard.data.partner.paymentRequests.edges).toHaveLength(20);
    expect(many.customer.data.customer.vouchers.totalCount).toBe(1000);
    expect(many.customer.data.customer.vouchers.edges).toHaveLength(50);
    expect(one.dashboard.count).toBeGreaterThan(0);
    expect(many.dashboard.count).toBe(one.dashboard.count);
    expect(many.customer.count).toBe(one.customer.count);
  }, 120_000);

  it("totalCount costs a statement only when it is selected", async () => {
    const without = await statementsFor(
      customer.keys.projectManager,
      "query ($id: ID!) { customer(id: $id) { vouchers(first: 5) { edges { cursor } } } }",
      {
        id: customer.customerId,
      },
    );
    const withTotal = await statementsFor(
      customer.keys.projectManager,
      "query ($id: ID!) { customer(id: $id) { vouchers(first: 5) { totalCount edges { cursor } } } }",
      { id: customer.customerId },
    );
    expect(withTotal.count).toBe(without.count + 1);
    expect(small.customer).toBeGreaterThan(0);
  });

  it("pages backward with last and before to the same items as forward, in the same order", async () => {
    type Page = { customer: { vouchers: Edges & { pageInfo: Record<string, unknown> } } };
    const page = async (args: string) =>
      dataOf(
        await stack.request<Page>(
          `query ($id: ID!) { customer(id: $id) { vouchers(${args}) {
            edges { cursor node { number } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`,
          { key: customer.keys.projectManager, variables: { id: customer.customerId }, at: T0 },
        ),
      ).customer.vouchers;
    const forward = await page("first: 8");
    const fourth = forward.edges[3].cursor;
    const back = await page(`last: 3, before: "${fourth}"`);
    expect(back.edges.map((e) => e.node.number)).toEqual(forward.edges.slice(0, 3).map((e) => e.node.number));
    expect(back.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: forward.edges[0].cursor,
      endCursor: forward.edges[2].cursor,
    });
    const middle = await page(`last: 2, before: "${fourth}"`);
    expect(middle.pageInfo.hasPreviousPage).toBe(true);
    const next = await page(`first: 4, after: "${forward.edges[3].cursor}"`);
    expect(next.edges.map((e) => e.node.number)).toEqual(forward.edges.slice(4, 8).map((e) => e.node.number));
    expect(next.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const tail = await page("last: 2");
    expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it("EXPLAIN of every list query shows no Sort over a parent's rows (the order comes from an index)", async () => {
    const captured: { query: string; parameters: unknown[] }[] = [];
    const listener = (query: string, parameters: unknown[]) => captured.push({ query, parameters });
    const lists = (kind: string) =>
      ["", "ASSIGNED", "RESERVED", "REDEEMED", "EXPIRED", "CANCELLED"]
        .map((s, i) => `${kind}${i}: vouchers(first: 10${s ? `, status: ${s}` : ""}) { edges { cursor } }`)
        .join("\n");
    const operations: [string, string, Record<string, unknown>][] = [
      [partner.keys.globalAdmin, PARTNER_DASHBOARD, { id: partner.partnerId }],
      [
        partner.keys.globalAdmin,
        `query ($id: ID!) { partner(id: $id) { ${lists("p")}
          engagements(first: 10) { edges { cursor } } back: engagements(last: 10) { edges { cursor } }
          consultants(first: 10) { edges { cursor } } paymentRequests(first: 10) { edges { cursor } }
          offeredVouchers(first: 10) { edges { cursor } } }
          claimable: vouchers(first: 10, claimDeadlineBefore: "2030-08-01") { edges { cursor } }
          overdue: paymentRequests(first: 10, overdue: true) { edges { cursor } } }`,
        { id: partner.partnerId },
      ],
      [customer.keys.projectManager, `query ($id: ID!) { customer(id: $id) { ${lists("c")} } }`, { id: customer.customerId }],
      [
        stack.operatorKey,
        `query ($p: ID!) {
          all: vouchers(first: 10) { edges { cursor } }
          byOffering: vouchers(first: 10, offeringCode: "DDPS") { edges { cursor } }
          byStatus: vouchers(first: 10, status: REDEEMED) { edges { cursor } }
          expiring: vouchers(first: 10, expiringBefore: "2030-12-01") { edges { cursor } }
          requests: paymentRequests(first: 10, status: DRAFT) { edges { cursor } }
          ofPartner: paymentRequests(first: 10, partnerId: $p, status: DRAFT) { edges { cursor } }
          claimable: vouchers(first: 10, claimDeadlineBefore: "2030-08-01") { edges { cursor } }
          overdue: paymentRequests(first: 10, overdue: true) { edges { cursor } }
          overdueOfPartner: paymentRequests(first: 10, partnerId: $p, overdue: true) { edges { cursor } }
          partners(first: 10) { edges { cursor } }
          customers(first: 10) { edges { cursor } }
          apiKeys(first: 10) { edges { cursor } }
          many: partners(first: 20) { edges { node { consultants(first: 2) { edges { cursor } } } } }
        }`,
        { p: partner.partnerId },
      ],
      [customer.keys.projectManager, "{ vouchers(first: 10, status: EXPIRED) { edges { cursor } } }", {}],
    ];
    sqlListeners.add(listener);
    try {
      for (const [key, query, variables] of operations) dataOf(await stack.request(query, { key, variables, at: T0 }));
    } finally {
      sqlListeners.delete(listener);
    }
    const listStatements = captured.filter(({ query }) => /ORDER BY/i.test(query) && /LIMIT/i.test(query));
    expect(listStatements.length).toBeGreaterThanOrEqual(20);

    await db.query("SET enable_seqscan = off");
    await db.query("SET enable_bitmapscan = off");
    await db.query("SET enable_sort = off"); // a plan that still sorts has no index in the list's order
    const sorted: string[] = [];
    for (const { query, parameters } of listStatements) {
      const [{ "QUERY PLAN": plan }] = (await db.query(`EXPLAIN (FORMAT JSON) ${query}`, parameters)).rows;
      const text = JSON.stringify(plan);
      if (/"Node Type":"(Sort|Incremental Sort)"/.test(text) || /"Node Type":"Seq Scan"/.test(text)) sorted.push(query);
      if (filtersStatusOutsideIndex(plan)) sorted.push(`status read row by row: ${query}`);
    }
    await db.query("RESET ALL");
    expect(sorted).toEqual([]);
  });

  it("a partner's vouchers by EXPIRED merge stored and lapsed ones, page by page", async () => {
    type Page = { partner: { vouchers: Edges & { totalCount: number; pageInfo: { endCursor: string } } } };
    const page = async (after?: string) =>
      dataOf(
        await stack.request<Page>(
          `query ($id: ID!, $after: String) { partner(id: $id) { vouchers(first: 100, status: EXPIRED, after: $after) {
            totalCount edges { cursor node { number } } pageInfo { endCursor } } } }`,
          { key: partner.keys.globalAdmin, variables: { id: partner.partnerId, after }, at: LATER },
        ),
      ).partner.vouchers;
    const numbers: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 5; i++) {
      const next = await page(after);
      expect(next.totalCount).toBe(500);
      numbers.push(...next.edges.map((e) => e.node.number));
      after = next.pageInfo.endCursor;
    }
    expect(numbers).toHaveLength(500);
    expect(new Set(numbers).size).toBe(500);
  });
});
