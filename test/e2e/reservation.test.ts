import {
  type AssignedVoucher,
  codesOf,
  createCustomer,
  createQualifiedPartner,
  createVoucher,
  dataOf,
  dateAfter,
  dayOf,
  type QualifiedPartner,
  reserveVoucher,
  startTestStack,
  type TestStack,
  WINDOWS_AND_OFFICE_DEPLOYMENT_PLANNING,
} from "@psg/testing";

let stack: TestStack;
let partner: QualifiedPartner;
let typesByName: Map<string, string>;
beforeAll(async () => {
  stack = await startTestStack();
  partner = await createQualifiedPartner(stack);
  const { offerings } = dataOf(
    await stack.request<{ offerings: { engagementTypes: { id: string; name: string }[] }[] }>(
      "{ offerings { engagementTypes { id name } } }",
    ),
  );
  typesByName = new Map(offerings.flatMap((o) => o.engagementTypes.map((t) => [t.name, t.id] as const)));
});
afterAll(() => stack.stop());

const RESERVE = `mutation ($input: ReserveVoucherInput!) {
  reserveVoucher(input: $input) { id status reservedAt reservedBy { id } engagement { id status plannedStart plannedEnd deliveryCountry location { id } } }
}`;

const today = dayOf;
const plusDays = dateAfter;

const reserveInput = (p: QualifiedPartner, v: AssignedVoucher, change: Record<string, unknown> = {}) => ({
  input: {
    number: v.number,
    assigneeEmail: v.assigneeEmail,
    partnerId: p.partnerId,
    locationId: p.locationId,
    engagementTypeId: WINDOWS_AND_OFFICE_DEPLOYMENT_PLANNING,
    plannedStart: today(),
    plannedEnd: plusDays(today(), 4),
    acceptTerms: true,
    ...change,
  },
});

const reserve = (p: QualifiedPartner, v: AssignedVoucher, change: Record<string, unknown> = {}, at?: string) =>
  stack.request<{ reserveVoucher: Record<string, unknown> }>(RESERVE, {
    key: p.keys.partnerAdmin,
    variables: reserveInput(p, v, change),
    at,
  });

async function freshVoucher(options: { offeringCode?: string; serviceLevelDays?: number; at?: string } = {}) {
  const customer = await createCustomer(stack, { at: options.at });
  return { customer, voucher: await createVoucher(stack, customer, options) };
}

describe("reserving a voucher", () => {
  it("creates a scheduled engagement in the customer's country", async () => {
    const { voucher } = await freshVoucher();
    const data = dataOf(await reserve(partner, voucher));
    expect(data.reserveVoucher).toMatchObject({
      id: voucher.voucherId,
      status: "RESERVED",
      reservedBy: { id: partner.partnerId },
      engagement: {
        status: "SCHEDULED",
        plannedStart: today(),
        plannedEnd: plusDays(today(), 4),
        deliveryCountry: "DE",
        location: { id: partner.locationId },
      },
    });
  });

  it.each([
    ["terms not accepted", { acceptTerms: false }, "AGREEMENT_NOT_ACCEPTED"],
    ["a start in the past", { plannedStart: plusDays(today(), -1) }, "INVALID_DATES"],
    ["an end after the expiry", { plannedStart: plusDays(today(), 180), plannedEnd: plusDays(today(), 182) }, "INVALID_DATES"],
    ["a plan longer than the voucher", { plannedEnd: plusDays(today(), 5) }, "ENGAGEMENT_TOO_LONG"],
    ["a delivery country other than the location's", { deliveryCountry: "FR" }, "LOCATION_COUNTRY_MISMATCH"],
    ["a wrong e-mail", { assigneeEmail: "nobody@example.com" }, "VOUCHER_NOT_FOUND"],
  ])("refuses %s", async (_, change, code) => {
    const { voucher } = await freshVoucher();
    expect(codesOf(await reserve(partner, voucher, change))).toEqual([code]);
    const { voucher: after } = dataOf(
      await stack.request<{ voucher: { status: string } }>("query ($id: ID!) { voucher(id: $id) { status } }", {
        key: stack.operatorKey,
        variables: { id: voucher.voucherId },
      }),
    );
    expect(after.status).toBe("ASSIGNED");
  });

  it("refuses an engagement type of another offering, one the partner lacks the competency for, and another offering's voucher", async () => {
    const { voucher } = await freshVoucher();
    const dynamics = typesByName.get("Upgrading Dynamics 365 for Customer Engagement");
    const security = typesByName.get("Modern IT Enterprise Security Proof of Concept");
    expect(codesOf(await reserve(partner, voucher, { engagementTypeId: dynamics }))).toEqual(["ENGAGEMENT_TYPE_MISMATCH"]);
    expect(codesOf(await reserve(partner, voucher, { engagementTypeId: security }))).toEqual(["MISSING_COMPETENCY"]);
    const { voucher: dydps } = await freshVoucher({ offeringCode: "DYDPS" });
    expect(codesOf(await reserve(partner, dydps, { engagementTypeId: dynamics }))).toEqual(["NOT_ENROLLED"]);
  });

  it("refuses a partner whose enrolment has expired", async () => {
    const start = "2031-01-05T09:00:00.000Z";
    const late = "2032-01-20T09:00:00.000Z";
    const old = await createQualifiedPartner(stack, { at: start });
    const { voucher } = await freshVoucher({ at: late });
    const response = await reserve(old, voucher, { plannedStart: today(late), plannedEnd: plusDays(today(late), 2) }, late);
    expect(codesOf(response)).toEqual(["ENROLLMENT_EXPIRED"]);
  });

  it("reserves only for the caller's own partner, at its own location", async () => {
    const other = await createQualifiedPartner(stack);
    const { voucher } = await freshVoucher();
    expect(codesOf(await reserve(partner, voucher, { partnerId: other.partnerId }))).toEqual(["FORBIDDEN"]);
    expect(codesOf(await reserve(partner, voucher, { locationId: other.locationId }))).toEqual(["FORBIDDEN"]);
  });

  it("refuses a cancelled voucher", async () => {
    const { customer, voucher } = await freshVoucher();
    dataOf(
      await stack.request("mutation ($id: ID!) { cancelVoucher(id: $id) { id } }", {
        key: customer.keys.benefitsAdmin,
        variables: { id: voucher.voucherId },
      }),
    );
    expect(codesOf(await reserve(partner, voucher))).toEqual(["VOUCHER_CANCELLED"]);
  });

  it("first valid reservation wins: 32 at once by two partners give one reservation", async () => {
    const rival = await createQualifiedPartner(stack);
    const { voucher } = await freshVoucher();
    const responses = await Promise.all(Array.from({ length: 32 }, (_, i) => reserve(i % 2 === 0 ? partner : rival, voucher)));
    const winners = responses.filter((r) => !r.errors);
    expect(winners.length).toBe(1);
    const losers = responses.filter((r) => r.errors);
    expect(losers.flatMap(codesOf)).toEqual(Array(31).fill("VOUCHER_ALREADY_RESERVED"));
    for (const loser of losers) {
      expect(JSON.stringify(loser.errors)).not.toContain(partner.partnerId);
      expect(JSON.stringify(loser.errors)).not.toContain(rival.partnerId);
    }
    const rows = (await stack.services.vouchers.db?.query(
      `SELECT count(*)::int AS n FROM "vouchers"."engagements" WHERE "voucher_id" = $1`,
      [voucher.voucherId],
    )) as { n: number }[];
    expect(rows[0].n).toBe(1);
  });
});

describe("holding a reservation", () => {
  const CANCEL = `mutation ($input: CancelReservationInput!) { cancelReservation(input: $input) { status reservedBy { id } engagement { id } } }`;
  const RESCHEDULE = `mutation ($input: RescheduleEngagementInput!) { rescheduleEngagement(input: $input) { plannedStart plannedEnd status } }`;

  it("only the holder reschedules and cancels; cancelling makes the voucher assignable again", async () => {
    const other = await createQualifiedPartner(stack);
    const { voucher } = await freshVoucher();
    const { engagementId } = await reserveVoucher(stack, partner, voucher);
    const input = { engagementId, plannedStart: plusDays(today(), 10), plannedEnd: plusDays(today(), 12) };
    expect(codesOf(await stack.request(RESCHEDULE, { key: other.keys.partnerAdmin, variables: { input } }))).toEqual([
      "FORBIDDEN",
    ]);
    expect(
      codesOf(
        await stack.request(RESCHEDULE, {
          key: partner.keys.partnerAdmin,
          variables: { input: { ...input, plannedStart: plusDays(today(), -2) } },
        }),
      ),
    ).toEqual(["INVALID_DATES"]);
    expect(
      codesOf(
        await stack.request(RESCHEDULE, {
          key: partner.keys.partnerAdmin,
          variables: { input: { ...input, plannedEnd: plusDays(today(), 20) } },
        }),
      ),
    ).toEqual(["ENGAGEMENT_TOO_LONG"]);
    expect(dataOf(await stack.request(RESCHEDULE, { key: partner.keys.partnerAdmin, variables: { input } }))).toEqual({
      rescheduleEngagement: { plannedStart: input.plannedStart, plannedEnd: input.plannedEnd, status: "SCHEDULED" },
    });

    const cancel = { voucherId: voucher.voucherId, reason: "The customer postponed the project." };
    expect(codesOf(await stack.request(CANCEL, { key: other.keys.partnerAdmin, variables: { input: cancel } }))).toEqual([
      "FORBIDDEN",
    ]);
    expect(dataOf(await stack.request(CANCEL, { key: partner.keys.partnerAdmin, variables: { input: cancel } }))).toEqual({
      cancelReservation: { status: "ASSIGNED", reservedBy: null, engagement: null },
    });
    expect(codesOf(await stack.request(CANCEL, { key: partner.keys.partnerAdmin, variables: { input: cancel } }))).toEqual([
      "FORBIDDEN",
    ]);
    const engagement = dataOf(
      await stack.request<{ engagement: { status: string } }>("query ($id: ID!) { engagement(id: $id) { status } }", {
        key: stack.operatorKey,
        variables: { id: engagementId },
      }),
    );
    expect(engagement.engagement.status).toBe("CANCELLED");
    expect(codesOf(await stack.request(RESCHEDULE, { key: partner.keys.partnerAdmin, variables: { input } }))).toEqual([
      "INVALID_STATE",
    ]);

    await reserveVoucher(stack, other, voucher);
  });

  it("cancelling needs a reservation", async () => {
    const { voucher } = await freshVoucher();
    const response = await stack.request(CANCEL, {
      key: stack.operatorKey,
      variables: { input: { voucherId: voucher.voucherId, reason: "test" } },
    });
    expect(codesOf(response)).toEqual(["VOUCHER_NOT_RESERVED"]);
  });
});
