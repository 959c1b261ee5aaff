import { createHash, randomBytes } from "node:crypto";
import { graphqlRequest } from "@psg/shared";
import {
  codesOf,
  createCustomer,
  createQualifiedPartner,
  createVoucher,
  dataOf,
  deliverEngagement,
  PDF_BYTES,
  type QualifiedPartner,
  redeemVoucher,
  requestStatements,
  reserveVoucher,
  startTestStack,
  type TestStack,
} from "@psg/testing";

let stack: TestStack;
let partner: QualifiedPartner;
beforeAll(async () => {
  stack = await startTestStack();
  partner = await createQualifiedPartner(stack);
});
afterAll(() => stack.stop());

const START = `mutation ($input: StartEngagementInput!) { startEngagement(input: $input) { status actualStart consultants { id name } } }`;
const COMPLETE = `mutation ($input: CompleteDeliveryInput!) { completeDelivery(input: $input) { status daysDelivered offsiteDays actualEnd } }`;
const REPORT = `mutation ($input: SubmitCompletionReportInput!) {
  submitCompletionReport(input: $input) { id summary deliverableKind submittedAt deliverable { fileName contentType sizeBytes sha256 } }
}`;
const REDEEM = `mutation ($id: ID!) { redeemVoucher(voucherId: $id) { status redeemedAt } }`;
const today = new Date().toISOString().slice(0, 10);

async function reserved(serviceLevelDays = 5) {
  const customer = await createCustomer(stack);
  const voucher = await createVoucher(stack, customer, { serviceLevelDays });
  const { engagementId } = await reserveVoucher(stack, partner, voucher, { serviceLevelDays });
  return { customer, voucher, engagementId };
}

const as = (key: string, query: string, variables: Record<string, unknown>) => stack.request(query, { key, variables });
const report = (engagementId: string, deliverable: Record<string, unknown>) => ({
  input: { engagementId, summary: "Findings and a plan.", deliverableKind: "FINDINGS_AND_RECOMMENDATIONS", deliverable },
});

describe("delivering an engagement", () => {
  it("starts only with qualified consultants of this partner", async () => {
    const { engagementId } = await reserved();
    const { addConsultant } = dataOf(
      await as(stack.operatorKey, "mutation ($input: AddConsultantInput!) { addConsultant(input: $input) { id } }", {
        input: { partnerId: partner.partnerId, name: "New Hire", email: `new-${Date.now()}@example.com` },
      }),
    ) as { addConsultant: { id: string } };
    const other = await createQualifiedPartner(stack);
    const start = (consultantIds: string[]) =>
      as(partner.keys.partnerAdmin, START, { input: { engagementId, consultantIds, actualStart: today } });
    expect(codesOf(await start([partner.consultantId, addConsultant.id]))).toEqual(["CONSULTANT_NOT_QUALIFIED"]);
    expect(codesOf(await start([other.consultantId]))).toEqual(["CONSULTANT_NOT_QUALIFIED"]);
    expect(codesOf(await start([]))).toEqual(["CONSULTANT_NOT_QUALIFIED"]);
    expect(
      codesOf(
        await as(other.keys.partnerAdmin, START, {
          input: { engagementId, consultantIds: [other.consultantId], actualStart: today },
        }),
      ),
    ).toEqual(["FORBIDDEN"]);
    expect(dataOf(await start([partner.consultantId]))).toEqual({
      startEngagement: {
        status: "IN_DELIVERY",
        actualStart: today,
        consultants: [{ id: partner.consultantId, name: "Qualified Consultant" }],
      },
    });
    expect(codesOf(await start([partner.consultantId]))).toEqual(["INVALID_STATE"]);
  });

  it("completes within the service level and the off-site limit, and only once started", async () => {
    const { engagementId } = await reserved(3);
    const complete = (change: Record<string, unknown>) =>
      as(partner.keys.partnerAdmin, COMPLETE, {
        input: { engagementId, actualEnd: today, daysDelivered: 3, offsiteDays: 1, ...change },
      });
    expect(codesOf(await complete({}))).toEqual(["INVALID_STATE"]);
    dataOf(
      await as(partner.keys.partnerAdmin, START, {
        input: { engagementId, consultantIds: [partner.consultantId], actualStart: today },
      }),
    );
    expect(codesOf(await complete({ daysDelivered: 4 }))).toEqual(["ENGAGEMENT_TOO_LONG"]);
    const fifteen = await reserved(15);
    dataOf(
      await as(partner.keys.partnerAdmin, START, {
        input: { engagementId: fifteen.engagementId, consultantIds: [partner.consultantId], actualStart: today },
      }),
    );
    expect(
      codesOf(
        await as(partner.keys.partnerAdmin, COMPLETE, {
          input: { engagementId: fifteen.engagementId, actualEnd: today, daysDelivered: 10, offsiteDays: 4 },
        }),
      ),
    ).toEqual(["OFFSITE_LIMIT_EXCEEDED"]);
    expect(dataOf(await complete({}))).toEqual({
      completeDelivery: { status: "DELIVERED", daysDelivered: 3, offsiteDays: 1, actualEnd: today },
    });
  });
});

describe("the completion report", () => {
  it("stores the deliverable byte for byte for the partner, the customer and operators", async () => {
    const { customer, engagementId, voucher } = await reserved();
    dataOf(
      await as(partner.keys.partnerAdmin, START, {
        input: { engagementId, consultantIds: [partner.consultantId], actualStart: today },
      }),
    );
    const early = report(engagementId, {
      fileName: "plan.pdf",
      contentType: "application/pdf",
      contentBase64: PDF_BYTES.toString("base64"),
    });
    expect(codesOf(await as(partner.keys.partnerAdmin, REPORT, early))).toEqual(["INVALID_STATE"]);
    dataOf(
      await as(partner.keys.partnerAdmin, COMPLETE, {
        input: { engagementId, actualEnd: today, daysDelivered: 5, offsiteDays: 0 },
      }),
    );
    expect(codesOf(await as(partner.keys.partnerAdmin, REDEEM, { id: voucher.voucherId }))).toEqual([
      "COMPLETION_REPORT_MISSING",
    ]);

    const exe = Buffer.concat([Buffer.from("MZ", "latin1"), randomBytes(2048)]);
    for (const deliverable of [
      {
        fileName: "setup.exe",
        contentType: "application/vnd.microsoft.portable-executable",
        contentBase64: exe.toString("base64"),
      },
      { fileName: "plan.pdf", contentType: "application/pdf", contentBase64: exe.toString("base64") },
    ]) {
      expect(codesOf(await as(partner.keys.partnerAdmin, REPORT, report(engagementId, deliverable)))).toEqual([
        "DELIVERABLE_INVALID",
      ]);
    }

    const bytes = Buffer.concat([Buffer.from("%PDF-1.7\n", "latin1"), randomBytes(3 * 1024 * 1024)]);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const submitted = dataOf(
      await as(
        partner.keys.partnerAdmin,
        REPORT,
        report(engagementId, {
          fileName: "findings.pdf",
          contentType: "application/pdf",
          contentBase64: bytes.toString("base64"),
        }),
      ),
    ) as { submitCompletionReport: { deliverable: Record<string, unknown> } };
    expect(submitted.submitCompletionReport.deliverable).toEqual({
      fileName: "findings.pdf",
      contentType: "application/pdf",
      sizeBytes: bytes.length,
      sha256,
    });

    const DOWNLOAD = `query ($id: ID!) { engagement(id: $id) { status completionReport { deliverable { sha256 contentBase64 } } } }`;
    for (const key of [partner.keys.partnerAdmin, customer.keys.projectManager, stack.operatorKey]) {
      const got = dataOf(await as(key, DOWNLOAD, { id: engagementId })) as {
        engagement: { status: string; completionReport: { deliverable: { sha256: string; contentBase64: string } } };
      };
      expect(got.engagement.status).toBe("REPORTED");
      expect(Buffer.from(got.engagement.completionReport.deliverable.contentBase64, "base64").equals(bytes)).toBe(true);
      expect(got.engagement.completionReport.deliverable.sha256).toBe(sha256);
    }
    const stranger = await createCustomer(stack);
    expect(dataOf(await as(stranger.keys.projectManager, DOWNLOAD, { id: engagementId }))).toEqual({ engagement: null });
    const rival = await createQualifiedPartner(stack);
    expect(dataOf(await as(rival.keys.partnerAdmin, DOWNLOAD, { id: engagementId }))).toEqual({ engagement: null });

    const tooBig = Buffer.concat([Buffer.from("%PDF-1.7\n", "latin1"), Buffer.alloc(10 * 1024 * 1024)]);
    const other = await reserved();
    const big = report(other.engagementId, {
      fileName: "big.pdf",
      contentType: "application/pdf",
      contentBase64: tooBig.toString("base64"),
    });
    expect(codesOf(await as(partner.keys.partnerAdmin, REPORT, big))).toEqual(["DELIVERABLE_INVALID"]);
  });
});

describe("redemption", () => {
  it("happens exactly once, even when 32 requests race", async () => {
    const { voucher, engagementId } = await reserved();
    await deliverEngagement(stack, partner, engagementId);
    const other = await createQualifiedPartner(stack);
    expect(codesOf(await as(other.keys.partnerAdmin, REDEEM, { id: voucher.voucherId }))).toEqual(["FORBIDDEN"]);
    const responses = await Promise.all(
      Array.from({ length: 32 }, () => as(partner.keys.partnerAdmin, REDEEM, { id: voucher.voucherId })),
    );
    expect(responses.filter((r) => !r.errors).length).toBe(1);
    expect(responses.flatMap(codesOf)).toEqual(Array(31).fill("VOUCHER_ALREADY_REDEEMED"));
    const rows = (await stack.services.vouchers.db?.query(
      `SELECT count(*)::int AS n FROM "vouchers"."audit_log" WHERE "action" = 'voucher.redeemed' AND "entity_id" = $1`,
      [voucher.voucherId],
    )) as { n: number }[];
    expect(rows[0].n).toBe(1);
  });

  it("needs a reservation", async () => {
    const customer = await createCustomer(stack);
    const voucher = await createVoucher(stack, customer);
    expect(codesOf(await as(stack.operatorKey, REDEEM, { id: voucher.voucherId }))).toEqual(["VOUCHER_NOT_RESERVED"]);
  });

  it("answers the payments subgraph's internal questions", async () => {
    const redeemed = await redeemVoucher(stack, partner, { serviceLevelDays: 3, daysDelivered: 2 });
    const internal = (query: string, variables: Record<string, unknown>) =>
      graphqlRequest(stack.subgraphUrls.vouchers, query, variables, {
        "x-internal-secret": stack.internalSecret,
        "x-service-name": "payments",
      });
    const data = dataOf(
      await internal(
        `query ($ids: [ID!]!) { _vouchersForPayment(ids: $ids) { id status offeringCode partnerId locationId deliveryCountry daysDelivered redeemedAt } }`,
        { ids: [redeemed.voucherId, "00000000-0000-4000-8000-000000000000", "nope"] },
      ),
    );
    expect(data).toEqual({
      _vouchersForPayment: [
        {
          id: redeemed.voucherId,
          status: "REDEEMED",
          offeringCode: "DDPS",
          partnerId: partner.partnerId,
          locationId: partner.locationId,
          deliveryCountry: "DE",
          daysDelivered: 2,
          redeemedAt: redeemed.redeemedAt,
        },
        null,
        null,
      ],
    });
    const has = `query ($p: ID!, $o: String!) { _hasRedeemedVoucher(partnerId: $p, offeringCode: $o) }`;
    expect(dataOf(await internal(has, { p: partner.partnerId, o: "DDPS" }))).toEqual({ _hasRedeemedVoucher: true });
    expect(dataOf(await internal(has, { p: partner.partnerId, o: "SDPS" }))).toEqual({ _hasRedeemedVoucher: false });
    expect(
      codesOf(await stack.request(`{ _hasRedeemedVoucher(partnerId: "x", offeringCode: "DDPS") }`, { key: stack.operatorKey })),
    ).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
  });
});

describe("the partner dashboard", () => {
  const DASHBOARD = `query ($id: ID!) {
    partner(id: $id) {
      legalName
      enrollments { offering { code } status expiresAt }
      vouchers(first: 50, status: RESERVED) { totalCount edges { node { number expiresAt customer { name } engagement { status plannedStart } } } }
      engagements(first: 50) { totalCount edges { node { status engagementType { name } location { id } } } }
    }
  }`;

  it("costs the same number of statements for 1 or 6 reserved vouchers", async () => {
    const dashboardPartner = await createQualifiedPartner(stack);
    const reserveOne = async () => {
      const customer = await createCustomer(stack);
      await reserveVoucher(stack, dashboardPartner, await createVoucher(stack, customer));
    };
    const measure = async () => {
      const before = requestStatements.count;
      const data = dataOf(await as(dashboardPartner.keys.globalAdmin, DASHBOARD, { id: dashboardPartner.partnerId })) as {
        partner: { vouchers: { totalCount: number } };
      };
      return { statements: requestStatements.count - before, count: data.partner.vouchers.totalCount };
    };
    // the key and catalog caches (5 s each) are not what this counts: the fewest statements of
    // three runs in a row is the warm cost, even on a machine slow enough for a cache to expire
    // between two of them; a cost that grows with the vouchers is larger in every run
    const warm = async () => {
      const runs = [await measure(), await measure(), await measure()];
      return { count: runs[2].count, statements: Math.min(...runs.map((r) => r.statements)) };
    };
    await reserveOne();
    const one = await warm();
    for (let i = 0; i < 5; i++) await reserveOne();
    const six = await warm();
    expect(one.count).toBe(1);
    expect(six.count).toBe(6);
    expect(six.statements).toBe(one.statements);
  });

  it("is the partner's own", async () => {
    const customer = await createCustomer(stack);
    const voucher = await createVoucher(stack, customer);
    await reserveVoucher(stack, partner, voucher);
    const response = await stack.request<{ voucher: { reservedBy: unknown } }>(
      `query ($id: ID!) { voucher(id: $id) { reservedBy { id vouchers { totalCount } } } }`,
      { key: customer.keys.benefitsAdmin, variables: { id: voucher.voucherId } },
    );
    expect(codesOf(response)).toEqual(["FORBIDDEN"]);
  });
});
