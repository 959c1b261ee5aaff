import {
  type AssignedVoucher,
  codesOf,
  createCustomer,
  createQualifiedPartner,
  createVoucher,
  dataOf,
  partnerWithRequests,
  type QualifiedPartner,
  startTestStack,
  type TestCustomer,
  type TestStack,
  WINDOWS_AND_OFFICE_DEPLOYMENT_PLANNING,
} from "@psg/testing";

let stack: TestStack;
let partner: QualifiedPartner;
let rival: QualifiedPartner;
beforeAll(async () => {
  stack = await startTestStack({}, { freshDatabase: true }); // its own rate card for the deadline filters
  partner = await createQualifiedPartner(stack);
  rival = await createQualifiedPartner(stack);
});
afterAll(() => stack.stop());

const OFFER = `mutation ($input: OfferVoucherInput!) {
  offerVoucher(input: $input) { id voucherId status partner { id } number serviceLevelDays offering { code } expiresAt }
}`;
const WITHDRAW = "mutation ($id: ID!) { withdrawOffer(voucherId: $id) { id status } }";
const RESERVE = `mutation ($input: ReserveVoucherInput!) {
  reserveVoucher(input: $input) { id status reservedBy { id } engagement { id status } }
}`;
const OFFERED = `query ($id: ID!, $first: Int!, $after: String) {
  partner(id: $id) {
    offeredVouchers(first: $first, after: $after) {
      edges { cursor node { id voucherId number serviceLevelDays offering { code } expiresAt customerName customerCountry status } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

const today = () => new Date().toISOString().slice(0, 10);
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function freshVoucher(options: { at?: string } = {}) {
  const customer = await createCustomer(stack, { name: `Offering Customer ${Math.random()}`, country: "DE", at: options.at });
  return { customer, voucher: await createVoucher(stack, customer, options) };
}

const offer = (customer: TestCustomer, voucher: AssignedVoucher, to: QualifiedPartner, key = customer.keys.benefitsAdmin) =>
  stack.request<{ offerVoucher: Record<string, unknown> }>(OFFER, {
    key,
    variables: { input: { voucherId: voucher.voucherId, partnerMpnId: to.mpnId } },
  });

const reserveInput = (p: QualifiedPartner, change: Record<string, unknown>) => ({
  partnerId: p.partnerId,
  locationId: p.locationId,
  engagementTypeId: WINDOWS_AND_OFFICE_DEPLOYMENT_PLANNING,
  plannedStart: today(),
  plannedEnd: plusDays(today(), 4),
  acceptTerms: true,
  ...change,
});

const reserveById = (p: QualifiedPartner, voucherId: string, change: Record<string, unknown> = {}, at?: string) =>
  stack.request<{ reserveVoucher: Record<string, unknown> }>(RESERVE, {
    key: p.keys.partnerAdmin,
    variables: { input: reserveInput(p, { voucherId, ...change }) },
    at,
  });

const reserveByNumber = (p: QualifiedPartner, v: AssignedVoucher) =>
  stack.request<{ reserveVoucher: Record<string, unknown> }>(RESERVE, {
    key: p.keys.partnerAdmin,
    variables: { input: reserveInput(p, { number: v.number, assigneeEmail: v.assigneeEmail }) },
  });

interface OfferedPage {
  edges: { cursor: string; node: Record<string, unknown> & { voucherId: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function offeredTo(p: QualifiedPartner, options: { first?: number; after?: string; at?: string } = {}) {
  const { partner: found } = dataOf(
    await stack.request<{ partner: { offeredVouchers: OfferedPage } }>(OFFERED, {
      key: p.keys.partnerAdmin,
      variables: { id: p.partnerId, first: options.first ?? 50, after: options.after ?? null },
      at: options.at,
    }),
  );
  return found.offeredVouchers;
}
const offeredIds = async (p: QualifiedPartner, at?: string) => (await offeredTo(p, { at })).edges.map((e) => e.node.voucherId);

const query = async <T>(sql: string, params: unknown[]): Promise<T[]> =>
  (await stack.services.vouchers.db?.query(sql, params)) as T[];

const voucherStatus = async (voucherId: string) =>
  (await query<{ status: string }>(`SELECT "status" FROM "vouchers"."vouchers" WHERE "id" = $1`, [voucherId]))[0].status;
const offerRows = (voucherId: string) =>
  query<{ status: string; partner_id: string }>(
    `SELECT "status", "partner_id" FROM "vouchers"."voucher_offers" WHERE "voucher_id" = $1 ORDER BY "created_at"`,
    [voucherId],
  );

describe("offering a voucher to a partner", () => {
  it("the partner sees it with what it needs, reserves it by id, and the offer ends with the reservation", async () => {
    const { customer, voucher } = await freshVoucher();
    const made = dataOf(await offer(customer, voucher, partner, customer.keys.projectManager)).offerVoucher;
    expect(made).toMatchObject({
      voucherId: voucher.voucherId,
      status: "OPEN",
      partner: { id: partner.partnerId },
      number: voucher.number,
      serviceLevelDays: 5,
      offering: { code: "DDPS" },
      expiresAt: voucher.expiresAt,
    });

    const listed = (await offeredTo(partner)).edges.find((e) => e.node.voucherId === voucher.voucherId);
    expect(listed?.node).toEqual({
      id: made.id,
      voucherId: voucher.voucherId,
      number: voucher.number,
      serviceLevelDays: 5,
      offering: { code: "DDPS" },
      expiresAt: voucher.expiresAt,
      customerName: expect.stringMatching(/^Offering Customer/),
      customerCountry: "DE",
      status: "OPEN",
    });
    expect(await offeredIds(rival)).not.toContain(voucher.voucherId);

    const reserved = dataOf(await reserveById(partner, voucher.voucherId)).reserveVoucher;
    expect(reserved).toMatchObject({
      id: voucher.voucherId,
      status: "RESERVED",
      reservedBy: { id: partner.partnerId },
      engagement: { status: "SCHEDULED" },
    });
    expect(await offeredIds(partner)).not.toContain(voucher.voucherId);
    expect(await offerRows(voucher.voucherId)).toEqual([{ status: "RESERVED", partner_id: partner.partnerId }]);
  });

  it("another partner cannot reserve it by id, nor anyone by an unknown or malformed id, and nothing is written", async () => {
    const { customer, voucher } = await freshVoucher();
    dataOf(await offer(customer, voucher, partner));
    expect(codesOf(await reserveById(rival, voucher.voucherId))).toEqual(["VOUCHER_NOT_OFFERED"]);
    expect(codesOf(await reserveById(rival, "00000000-0000-4000-8000-000000000000"))).toEqual(["VOUCHER_NOT_OFFERED"]);
    expect(codesOf(await reserveById(rival, "not-an-id"))).toEqual(["VOUCHER_NOT_OFFERED"]);
    const { voucher: unoffered } = await freshVoucher();
    expect(codesOf(await reserveById(partner, unoffered.voucherId))).toEqual(["VOUCHER_NOT_OFFERED"]);
    expect(await voucherStatus(voucher.voucherId)).toBe("ASSIGNED");
    expect(await voucherStatus(unoffered.voucherId)).toBe("ASSIGNED");
    expect(await offerRows(voucher.voucherId)).toEqual([{ status: "OPEN", partner_id: partner.partnerId }]);
  });

  it("every other reservation rule still applies by id, and giving both an id and a number is refused", async () => {
    const { customer, voucher } = await freshVoucher();
    dataOf(await offer(customer, voucher, partner));
    expect(codesOf(await reserveById(partner, voucher.voucherId, { acceptTerms: false }))).toEqual(["AGREEMENT_NOT_ACCEPTED"]);
    expect(codesOf(await reserveById(partner, voucher.voucherId, { plannedEnd: plusDays(today(), 5) }))).toEqual([
      "ENGAGEMENT_TOO_LONG",
    ]);
    expect(codesOf(await reserveById(partner, voucher.voucherId, { partnerId: rival.partnerId }))).toEqual(["FORBIDDEN"]);
    expect(codesOf(await reserveById(partner, voucher.voucherId, { number: voucher.number }))).toEqual(["BAD_USER_INPUT"]);
    const neither = await stack.request(RESERVE, {
      key: partner.keys.partnerAdmin,
      variables: { input: reserveInput(partner, {}) },
    });
    expect(codesOf(neither)).toEqual(["BAD_USER_INPUT"]);
    expect(await offerRows(voucher.voucherId)).toEqual([{ status: "OPEN", partner_id: partner.partnerId }]);
  });

  it("a second offer while one is open gets VOUCHER_ALREADY_OFFERED, also when 8 are made at once", async () => {
    const { customer, voucher } = await freshVoucher();
    dataOf(await offer(customer, voucher, partner));
    expect(codesOf(await offer(customer, voucher, rival))).toEqual(["VOUCHER_ALREADY_OFFERED"]);
    expect(codesOf(await offer(customer, voucher, partner))).toEqual(["VOUCHER_ALREADY_OFFERED"]);

    const { customer: other, voucher: raced } = await freshVoucher();
    const responses = await Promise.all(Array.from({ length: 8 }, (_, i) => offer(other, raced, i % 2 ? partner : rival)));
    expect(responses.filter((r) => !r.errors)).toHaveLength(1);
    expect(responses.filter((r) => r.errors).flatMap(codesOf)).toEqual(Array(7).fill("VOUCHER_ALREADY_OFFERED"));
    expect((await offerRows(raced.voucherId)).filter((o) => o.status === "OPEN")).toHaveLength(1);
  });

  it("32 concurrent reservations of an offered voucher give exactly one reservation and one engagement", async () => {
    const { customer, voucher } = await freshVoucher();
    dataOf(await offer(customer, voucher, partner));
    const responses = await Promise.all(Array.from({ length: 32 }, () => reserveById(partner, voucher.voucherId)));
    expect(responses.filter((r) => !r.errors)).toHaveLength(1);
    expect(responses.filter((r) => r.errors).flatMap(codesOf)).toEqual(Array(31).fill("VOUCHER_ALREADY_RESERVED"));
    const engagements = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "vouchers"."engagements" WHERE "voucher_id" = $1`,
      [voucher.voucherId],
    );
    expect(engagements[0].n).toBe(1);
    expect(await offerRows(voucher.voucherId)).toEqual([{ status: "RESERVED", partner_id: partner.partnerId }]);
  });

  it("a withdrawn offer cannot be reserved by id; the number path still works, and a new offer may be made", async () => {
    const { customer, voucher } = await freshVoucher();
    dataOf(await offer(customer, voucher, partner));
    expect(
      dataOf(await stack.request(WITHDRAW, { key: customer.keys.benefitsAdmin, variables: { id: voucher.voucherId } })),
    ).toEqual({ withdrawOffer: { id: expect.any(String), status: "WITHDRAWN" } });
    expect(codesOf(await reserveById(partner, voucher.voucherId))).toEqual(["VOUCHER_NOT_OFFERED"]);
    expect(await offeredIds(partner)).not.toContain(voucher.voucherId);
    expect(
      codesOf(await stack.request(WITHDRAW, { key: customer.keys.benefitsAdmin, variables: { id: voucher.voucherId } })),
    ).toEqual(["VOUCHER_NOT_OFFERED"]);

    dataOf(await offer(customer, voucher, rival));
    expect(await offeredIds(rival)).toContain(voucher.voucherId);
    dataOf(await reserveByNumber(partner, voucher));
    expect(await offeredIds(rival)).not.toContain(voucher.voucherId);
    expect(await offerRows(voucher.voucherId)).toEqual([
      { status: "WITHDRAWN", partner_id: partner.partnerId },
      { status: "RESERVED", partner_id: rival.partnerId },
    ]);
  });

  it("only the voucher's customer offers and withdraws; the MPN id must name a partner; only the partner reads its offers", async () => {
    const { customer, voucher } = await freshVoucher();
    const stranger = await createCustomer(stack);
    expect(codesOf(await offer(stranger, voucher, partner))).toEqual(["VOUCHER_NOT_FOUND"]);
    expect(codesOf(await offer(customer, voucher, partner, partner.keys.partnerAdmin))).toEqual(["FORBIDDEN"]);
    const unknownMpn = await stack.request(OFFER, {
      key: customer.keys.benefitsAdmin,
      variables: { input: { voucherId: voucher.voucherId, partnerMpnId: "999999999999999999" } },
    });
    expect(codesOf(unknownMpn)).toEqual(["NOT_FOUND"]);
    const badMpn = await stack.request(OFFER, {
      key: customer.keys.benefitsAdmin,
      variables: { input: { voucherId: voucher.voucherId, partnerMpnId: "12ab" } },
    });
    expect(codesOf(badMpn)).toEqual(["BAD_USER_INPUT"]);
    expect(await offerRows(voucher.voucherId)).toEqual([]);

    dataOf(await offer(customer, voucher, partner));
    expect(
      codesOf(await stack.request(WITHDRAW, { key: stranger.keys.benefitsAdmin, variables: { id: voucher.voucherId } })),
    ).toEqual(["VOUCHER_NOT_FOUND"]);
    const peek = await stack.request(OFFERED, { key: rival.keys.partnerAdmin, variables: { id: partner.partnerId, first: 5 } });
    expect(peek).toEqual({ data: { partner: null } });
  });

  it("a cancelled voucher's offer ends; an expired voucher's offer is not listed, cannot be reserved, and is marked expired", async () => {
    const { customer, voucher } = await freshVoucher();
    dataOf(await offer(customer, voucher, partner));
    dataOf(
      await stack.request("mutation ($id: ID!) { cancelVoucher(id: $id) { id } }", {
        key: customer.keys.benefitsAdmin,
        variables: { id: voucher.voucherId },
      }),
    );
    expect(await offerRows(voucher.voucherId)).toEqual([{ status: "CANCELLED", partner_id: partner.partnerId }]);
    expect(codesOf(await reserveById(partner, voucher.voucherId))).toEqual(["VOUCHER_CANCELLED"]);

    const { customer: early, voucher: old } = await freshVoucher();
    dataOf(await offer(early, old, partner));
    const late = new Date(Date.parse(old.expiresAt) + 86_400_000).toISOString();
    expect(await offeredIds(partner, late)).not.toContain(old.voucherId);
    expect(await offerRows(old.voucherId)).toEqual([{ status: "OPEN", partner_id: partner.partnerId }]);
    const lateDay = late.slice(0, 10);
    expect(
      codesOf(await reserveById(partner, old.voucherId, { plannedStart: lateDay, plannedEnd: plusDays(lateDay, 2) }, late)),
    ).toEqual(["VOUCHER_EXPIRED"]);
    expect(await offerRows(old.voucherId)).toEqual([{ status: "EXPIRED", partner_id: partner.partnerId }]);
  });

  it("lists a partner's open offers oldest first, by keyset pages", async () => {
    const fresh = await createQualifiedPartner(stack);
    const { customer } = await freshVoucher();
    const vouchers = [];
    for (let i = 0; i < 3; i++) vouchers.push(await createVoucher(stack, customer));
    for (const v of vouchers) dataOf(await offer(customer, v, fresh));
    const first = await offeredTo(fresh, { first: 2 });
    expect(first.edges.map((e) => e.node.voucherId)).toEqual(vouchers.slice(0, 2).map((v) => v.voucherId));
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await offeredTo(fresh, { first: 2, after: first.pageInfo.endCursor ?? undefined });
    expect(second.edges.map((e) => e.node.voucherId)).toEqual([vouchers[2].voucherId]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it("records voucher.offered and voucher_offer.withdrawn in the outbox for the customer and the offered partner", async () => {
    const { customer, voucher } = await freshVoucher();
    const made = dataOf(await offer(customer, voucher, partner)).offerVoucher;
    dataOf(await stack.request(WITHDRAW, { key: customer.keys.benefitsAdmin, variables: { id: voucher.voucherId } }));
    const events = await query<{ type: string; subject_type: string; subject_id: string; audiences: string[]; data: unknown }>(
      `SELECT "type", "subject_type", "subject_id", "audiences", "data" FROM "vouchers"."outbox"
       WHERE "subject_id" IN ($1, $2) ORDER BY "id"`,
      [voucher.voucherId, made.id],
    );
    const audiences = [`CUSTOMER:${customer.customerId}`, `PARTNER:${partner.partnerId}`];
    expect(events.filter((e) => e.type.includes("offer"))).toEqual([
      {
        type: "voucher.offered",
        subject_type: "voucher",
        subject_id: voucher.voucherId,
        audiences,
        data: {
          offerId: made.id,
          voucherId: voucher.voucherId,
          partnerId: partner.partnerId,
          status: "OPEN",
          expiresAt: voucher.expiresAt,
        },
      },
      {
        type: "voucher_offer.withdrawn",
        subject_type: "voucher_offer",
        subject_id: made.id,
        audiences,
        data: expect.objectContaining({ voucherId: voucher.voucherId, status: "WITHDRAWN" }),
      },
    ]);
    const audit = await query<{ action: string }>(
      `SELECT "action" FROM "vouchers"."audit_log" WHERE "entity_id" IN ($1, $2) AND "action" LIKE '%offer%' ORDER BY "at", "id"`,
      [voucher.voucherId, made.id],
    );
    expect(audit.map((a) => a.action)).toEqual(["voucher.offered", "voucher_offer.withdrawn"]);
  });
});

describe("list filters for the deadlines an integration shows", () => {
  const T0 = "2030-05-04T09:00:00.000Z";
  const after = (days: number) => new Date(Date.parse(T0) + days * 86_400_000).toISOString();

  beforeAll(async () => {
    dataOf(
      await stack.request("mutation ($input: SetRateInput!) { setRate(input: $input) { country } }", {
        key: stack.operatorKey,
        variables: { input: { country: "FR", currency: "EUR", dailyRateMinor: "105000", validFrom: "2020-01-01" } },
      }),
    );
  });

  type Vouchers = { vouchers: { edges: { node: { id: string; status: string; claimDeadline: string | null } }[] } };
  const claimableAs = async (key: string, before: string) =>
    dataOf(
      await stack.request<Vouchers>(
        "query ($before: Date!) { vouchers(first: 50, claimDeadlineBefore: $before) { edges { node { id status claimDeadline } } } }",
        { key, variables: { before }, at: T0 },
      ),
    ).vouchers.edges.map((e) => e.node);

  it("vouchers(claimDeadlineBefore:) gives redeemed vouchers with their last claim day; paymentRequests(overdue:) the overdue ones", async () => {
    const { partner: fr } = await partnerWithRequests(stack, 2, T0);
    const claimable = (before: string, key = fr.keys.billingAdmin) => claimableAs(key, before);
    const due = await claimable("2030-07-04");
    expect(due).toHaveLength(2);
    for (const v of due) expect(v).toMatchObject({ status: "REDEEMED", claimDeadline: "2030-07-03" });
    expect(await claimable("2030-07-03")).toEqual([]);
    const operatorView = (await claimable("2030-07-04", stack.operatorKey)).map((v) => v.id);
    expect(operatorView).toEqual(expect.arrayContaining(due.map((v) => v.id)));
    expect(await claimable("2030-07-04", partner.keys.billingAdmin)).toEqual([]);

    type Requests = { paymentRequests: { edges: { node: { id: string; status: string; overdue: boolean } }[] } };
    const requests = async (at: string, overdue?: boolean) =>
      dataOf(
        await stack.request<Requests>(
          "query ($overdue: Boolean) { paymentRequests(first: 50, overdue: $overdue) { edges { node { id status overdue } } } }",
          { key: fr.keys.billingAdmin, variables: { overdue: overdue ?? null }, at },
        ),
      ).paymentRequests.edges.map((e) => e.node);
    const [approved, draft] = await requests(T0);
    dataOf(
      await stack.request("mutation ($id: ID!) { submitPaymentRequest(id: $id) { id } }", {
        key: fr.keys.billingAdmin,
        variables: { id: approved.id },
        at: T0,
      }),
    );
    dataOf(
      await stack.request("mutation ($id: ID!) { approvePaymentRequest(id: $id) { id } }", {
        key: stack.operatorKey,
        variables: { id: approved.id },
        at: T0,
      }),
    );
    expect(await requests(after(29), true)).toEqual([]);
    expect(await requests(after(31), true)).toEqual([{ id: approved.id, status: "APPROVED", overdue: true }]);
    expect(await requests(after(31), false)).toEqual([{ id: draft.id, status: "DRAFT", overdue: false }]);
    expect((await requests(after(31))).map((r) => r.id)).toEqual([approved.id, draft.id]);
  });

  it("vouchers(claimDeadlineBefore:) leaves out the vouchers a submitted request claims, and lists them again once it is denied", async () => {
    const { partner: fr } = await partnerWithRequests(stack, 2, T0);
    const as = (key: string, query: string, variables: Record<string, unknown>) =>
      stack.request(query, { key, variables, at: T0 }).then(dataOf);
    const { paymentRequests } = (await as(
      fr.keys.billingAdmin,
      "{ paymentRequests(first: 50) { edges { node { id lines { voucher { id } } } } } }",
      {},
    )) as { paymentRequests: { edges: { node: { id: string; lines: { voucher: { id: string } }[] } }[] } };
    const [claiming, other] = paymentRequests.edges.map((e) => ({ id: e.node.id, voucherId: e.node.lines[0].voucher.id }));
    const listed = async (key: string) => (await claimableAs(key, "2030-07-04")).map((v) => v.id).sort();
    // drafts claim nothing yet: both vouchers still have to be claimed
    expect(await listed(fr.keys.billingAdmin)).toEqual([claiming.voucherId, other.voucherId].sort());

    await as(fr.keys.billingAdmin, "mutation ($id: ID!) { submitPaymentRequest(id: $id) { id } }", { id: claiming.id });
    expect(await listed(fr.keys.billingAdmin)).toEqual([other.voucherId]);
    const operatorView = await listed(stack.operatorKey);
    expect(operatorView).toContain(other.voucherId);
    expect(operatorView).not.toContain(claiming.voucherId);

    await as(stack.operatorKey, "mutation ($input: DenyPaymentRequestInput!) { denyPaymentRequest(input: $input) { id } }", {
      input: { id: claiming.id, reason: "Days do not match the report." },
    });
    expect(await listed(fr.keys.billingAdmin)).toEqual([claiming.voucherId, other.voucherId].sort());
  });
});
