import {
  codesOf,
  createCustomer,
  createQualifiedPartner,
  createVoucher,
  dataOf,
  type QualifiedPartner,
  randomMpnId,
  redeemVoucher,
  reserveVoucher,
  startTestStack,
  type TestStack,
} from "@psg/testing";

let stack: TestStack;
let partner: QualifiedPartner;
let stranger: QualifiedPartner;

const T0 = "2030-03-02T10:00:00.000Z";
const at = (days: number, from = T0): string => new Date(Date.parse(from) + days * 86_400_000).toISOString();

const REQUEST_FIELDS = `id referenceNumber status country currency createdAt submittedAt approvedAt deniedAt denialReason
  withdrawnAt paidAt paymentReference dueBy overdue partner { id } location { id }
  total { amountMinor amount currency }
  lines { voucher { id } days dailyRate { amountMinor amount currency } amount { amountMinor amount currency } }`;

interface Money {
  amountMinor: string;
  amount: string;
  currency: string;
}
interface Request {
  id: string;
  referenceNumber: string;
  status: string;
  dueBy: string | null;
  overdue: boolean;
  total: Money;
  lines: { voucher: { id: string }; days: number; dailyRate: Money; amount: Money }[];
  [field: string]: unknown;
}

const CREATE = `mutation ($input: CreatePaymentRequestInput!) { createPaymentRequest(input: $input) { ${REQUEST_FIELDS} } }`;
const SUBMIT = `mutation ($id: ID!) { submitPaymentRequest(id: $id) { ${REQUEST_FIELDS} } }`;
const APPROVE = `mutation ($id: ID!) { approvePaymentRequest(id: $id) { ${REQUEST_FIELDS} } }`;
const DENY = `mutation ($input: DenyPaymentRequestInput!) { denyPaymentRequest(input: $input) { ${REQUEST_FIELDS} } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawPaymentRequest(id: $id) { ${REQUEST_FIELDS} } }`;
const PAY = `mutation ($input: MarkPaymentRequestPaidInput!) { markPaymentRequestPaid(input: $input) { ${REQUEST_FIELDS} } }`;
const READ = `query ($id: ID!) { paymentRequest(id: $id) { ${REQUEST_FIELDS} } }`;
const REGISTER = `mutation ($input: RegisterPaymentToolInput!) { registerPaymentTool(input: $input) { id offering { code } registeredAt } }`;
const ADD_BANK_ACCOUNT = `mutation ($input: AddBankAccountInput!) { addBankAccount(input: $input) { id } }`;
const VOUCHER_PAYMENT = `query ($id: ID!) { voucher(id: $id) { id paymentStatus paymentRequest { id status } } }`;

const send = (key: string, query: string, variables: Record<string, unknown>, when = T0) =>
  stack.request<Record<string, Request>>(query, { key, variables, at: when });

async function ok(key: string, query: string, variables: Record<string, unknown>, when = T0): Promise<Request> {
  return Object.values(dataOf(await send(key, query, variables, when)))[0];
}

const create = (p: QualifiedPartner, voucherIds: string[], when = at(1), locationId = p.locationId) =>
  send(p.keys.billingAdmin, CREATE, { input: { partnerId: p.partnerId, locationId, voucherIds } }, when);

async function setUp(p: QualifiedPartner, options: { register?: boolean; locationId?: string } = {}): Promise<void> {
  dataOf(
    await stack.request(ADD_BANK_ACCOUNT, {
      key: p.keys.billingAdmin,
      at: T0,
      variables: {
        input: {
          partnerId: p.partnerId,
          locationId: options.locationId ?? p.locationId,
          holderName: "Partner GmbH",
          accountNumber: "DE89370400440532013000",
          currency: "EUR",
        },
      },
    }),
  );
  if (options.register !== false) {
    dataOf(await send(p.keys.globalAdmin, REGISTER, { input: { partnerId: p.partnerId, offeringCode: "DDPS" } }));
  }
}

async function rowCount(sql: string, params: unknown[]): Promise<number> {
  const rows: { n: number }[] = (await stack.services.payments.db?.query(sql, params)) ?? [];
  return rows[0].n;
}

beforeAll(async () => {
  stack = await startTestStack();
  const rates = [
    { country: "DE", currency: "EUR", dailyRateMinor: "110000", validFrom: "2020-01-01" },
    { country: "DE", currency: "EUR", dailyRateMinor: "120050", validFrom: "2030-03-10" },
  ];
  for (const input of rates) {
    dataOf(
      await stack.request("mutation ($input: SetRateInput!) { setRate(input: $input) { country } }", {
        key: stack.operatorKey,
        variables: { input },
      }),
    );
  }
  [partner, stranger] = await Promise.all([createQualifiedPartner(stack, { at: T0 }), createQualifiedPartner(stack, { at: T0 })]);
  await redeemVoucher(stack, partner, { at: T0 });
  await setUp(partner);
});
afterAll(() => stack.stop());

describe("a payment request from draft to paid", () => {
  it("is priced by the server from the rate valid on each redemption date, then submitted, approved and paid", async () => {
    const first = await redeemVoucher(stack, partner, { at: T0, serviceLevelDays: 5, daysDelivered: 3 });
    const second = await redeemVoucher(stack, partner, { at: at(10), serviceLevelDays: 10, daysDelivered: 10 });

    const draft = Object.values(dataOf(await create(partner, [first.voucherId, second.voucherId], at(11))))[0];
    expect(draft).toMatchObject({
      status: "DRAFT",
      country: "DE",
      currency: "EUR",
      partner: { id: partner.partnerId },
      location: { id: partner.locationId },
      submittedAt: null,
      dueBy: null,
      overdue: false,
      total: { amountMinor: "1530500", amount: "15305.00", currency: "EUR" },
    });
    expect(draft.referenceNumber).toMatch(/^PR-203003-[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(draft.lines).toEqual([
      {
        voucher: { id: first.voucherId },
        days: 3,
        dailyRate: { amountMinor: "110000", amount: "1100.00", currency: "EUR" },
        amount: { amountMinor: "330000", amount: "3300.00", currency: "EUR" },
      },
      {
        voucher: { id: second.voucherId },
        days: 10,
        dailyRate: { amountMinor: "120050", amount: "1200.50", currency: "EUR" },
        amount: { amountMinor: "1200500", amount: "12005.00", currency: "EUR" },
      },
    ]);
    const claimed = dataOf(
      await stack.request<{ voucher: unknown }>(VOUCHER_PAYMENT, {
        key: partner.keys.globalAdmin,
        variables: { id: first.voucherId },
      }),
    );
    expect(claimed.voucher).toEqual({
      id: first.voucherId,
      paymentStatus: "CLAIMED",
      paymentRequest: { id: draft.id, status: "DRAFT" },
    });

    const numbers = dataOf(
      await stack.request<{ paymentRequest: { lines: { voucher: { number: string } }[] } }>(
        "query ($id: ID!) { paymentRequest(id: $id) { lines { voucher { number } } } }",
        { key: stack.operatorKey, variables: { id: draft.id } },
      ),
    );
    expect(numbers.paymentRequest.lines).toEqual([{ voucher: { number: first.number } }, { voucher: { number: second.number } }]);

    const submitted = await ok(partner.keys.billingAdmin, SUBMIT, { id: draft.id }, at(12));
    expect(submitted).toMatchObject({ status: "SUBMITTED", submittedAt: at(12) });

    const approved = await ok(stack.operatorKey, APPROVE, { id: draft.id }, at(13));
    expect(approved).toMatchObject({ status: "APPROVED", approvedAt: at(13), dueBy: at(43), overdue: false });
    expect((await ok(partner.keys.billingAdmin, READ, { id: draft.id }, at(43))).overdue).toBe(false);
    expect((await ok(partner.keys.billingAdmin, READ, { id: draft.id }, at(44))).overdue).toBe(true);

    const paid = await ok(stack.operatorKey, PAY, { input: { id: draft.id, paymentReference: "SEPA-42" } }, at(45));
    expect(paid).toMatchObject({ status: "PAID", paidAt: at(45), paymentReference: "SEPA-42", overdue: false });
    const status = dataOf(
      await stack.request<{ voucher: unknown }>(VOUCHER_PAYMENT, {
        key: partner.keys.globalAdmin,
        variables: { id: second.voucherId },
      }),
    );
    expect(status.voucher).toEqual({
      id: second.voucherId,
      paymentStatus: "PAID",
      paymentRequest: { id: draft.id, status: "PAID" },
    });

    const audited = await stack.services.payments.db?.query(
      `SELECT action FROM "payments"."audit_log" WHERE entity = 'payment_request' AND entity_id = $1 ORDER BY id`,
      [draft.id],
    );
    expect(audited).toEqual(["created", "submit", "approve", "pay"].map((a) => ({ action: `payment_request.${a}` })));
    expect(codesOf(await send(stack.operatorKey, PAY, { input: { id: draft.id, paymentReference: "again" } }, at(46)))).toEqual([
      "INVALID_STATE",
    ]);
  });

  it("never takes an amount from the client", async () => {
    const response = await stack.request(
      `mutation { createPaymentRequest(input: { partnerId: "${partner.partnerId}", locationId: "${partner.locationId}", voucherIds: ["00000000-0000-4000-8000-000000000009"], total: "1" }) { id } }`,
      { key: partner.keys.billingAdmin },
    );
    expect(codesOf(response)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
  });

  it("a denial needs a reason and releases the vouchers for a corrected request", async () => {
    const voucher = await redeemVoucher(stack, partner, { at: T0 });
    const draft = Object.values(dataOf(await create(partner, [voucher.voucherId])))[0];
    expect(codesOf(await send(stack.operatorKey, APPROVE, { id: draft.id }, at(2)))).toEqual(["INVALID_STATE"]);
    await ok(partner.keys.globalAdmin, SUBMIT, { id: draft.id }, at(2));
    expect(codesOf(await send(stack.operatorKey, DENY, { input: { id: draft.id, reason: "  " } }, at(3)))).toEqual([
      "BAD_USER_INPUT",
    ]);
    expect(codesOf(await send(stack.operatorKey, PAY, { input: { id: draft.id, paymentReference: "X" } }, at(3)))).toEqual([
      "INVALID_STATE",
    ]);
    const denied = await ok(stack.operatorKey, DENY, { input: { id: draft.id, reason: "Days do not match the report." } }, at(3));
    expect(denied).toMatchObject({ status: "DENIED", deniedAt: at(3), denialReason: "Days do not match the report." });
    const status = dataOf(
      await stack.request<{ voucher: { paymentStatus: string } }>(VOUCHER_PAYMENT, {
        key: partner.keys.globalAdmin,
        variables: { id: voucher.voucherId },
      }),
    );
    expect(status.voucher.paymentStatus).toBe("DENIED");

    const corrected = Object.values(dataOf(await create(partner, [voucher.voucherId], at(4))))[0];
    expect(corrected.status).toBe("DRAFT");
    expect(corrected.referenceNumber).not.toBe(draft.referenceNumber);
    expect(codesOf(await create(partner, [voucher.voucherId], at(5)))).toEqual(["VOUCHER_ALREADY_CLAIMED"]);
  });

  it("32 concurrent approvals of one request: one wins, the rest get INVALID_STATE", async () => {
    const voucher = await redeemVoucher(stack, partner, { at: T0 });
    const draft = Object.values(dataOf(await create(partner, [voucher.voucherId])))[0];
    await ok(partner.keys.billingAdmin, SUBMIT, { id: draft.id }, at(2));
    const responses = await Promise.all(
      Array.from({ length: 32 }, () => send(stack.operatorKey, APPROVE, { id: draft.id }, at(3))),
    );
    expect(responses.filter((r) => !r.errors).length).toBe(1);
    expect(responses.flatMap(codesOf).sort()).toEqual(Array(31).fill("INVALID_STATE"));
    expect(
      await rowCount(
        `SELECT count(*)::int AS n FROM "payments"."audit_log" WHERE entity_id = $1 AND action = 'payment_request.approve'`,
        [draft.id],
      ),
    ).toBe(1);
  });
});

describe("withdrawing a draft", () => {
  const paymentOf = async (voucherId: string) =>
    dataOf(
      await stack.request<{ voucher: { paymentStatus: string; paymentRequest: { id: string; status: string } | null } }>(
        VOUCHER_PAYMENT,
        { key: partner.keys.globalAdmin, variables: { id: voucherId } },
      ),
    ).voucher;
  const auditedActions = async (id: string) =>
    (
      ((await stack.services.payments.db?.query(
        `SELECT action FROM "payments"."audit_log" WHERE entity = 'payment_request' AND entity_id = $1 ORDER BY id`,
        [id],
      )) ?? []) as { action: string }[]
    ).map((row) => row.action);

  it("releases its vouchers: they read NOT_CLAIMED and a new request claims them again", async () => {
    const voucher = await redeemVoucher(stack, partner, { at: T0 });
    const draft = Object.values(dataOf(await create(partner, [voucher.voucherId])))[0];
    expect(draft.withdrawnAt).toBeNull();
    expect(codesOf(await create(partner, [voucher.voucherId], at(1)))).toEqual(["VOUCHER_ALREADY_CLAIMED"]);

    const withdrawn = await ok(partner.keys.billingAdmin, WITHDRAW, { id: draft.id }, at(2));
    expect(withdrawn).toMatchObject({ id: draft.id, status: "WITHDRAWN", withdrawnAt: at(2), submittedAt: null });
    expect(await paymentOf(voucher.voucherId)).toEqual({
      id: voucher.voucherId,
      paymentStatus: "NOT_CLAIMED",
      paymentRequest: { id: draft.id, status: "WITHDRAWN" },
    });
    expect(codesOf(await send(partner.keys.billingAdmin, SUBMIT, { id: draft.id }, at(3)))).toEqual(["INVALID_STATE"]);
    expect(codesOf(await send(partner.keys.billingAdmin, WITHDRAW, { id: draft.id }, at(3)))).toEqual(["INVALID_STATE"]);

    const again = Object.values(dataOf(await create(partner, [voucher.voucherId], at(4))))[0];
    expect(again).toMatchObject({ status: "DRAFT", lines: [{ voucher: { id: voucher.voucherId } }] });
    expect(again.id).not.toBe(draft.id);
    expect(await paymentOf(voucher.voucherId)).toEqual({
      id: voucher.voucherId,
      paymentStatus: "CLAIMED",
      paymentRequest: { id: again.id, status: "DRAFT" },
    });
    expect((await ok(partner.keys.billingAdmin, SUBMIT, { id: again.id }, at(5))).status).toBe("SUBMITTED");
    expect(await auditedActions(draft.id)).toEqual(["payment_request.created", "payment_request.withdraw"]);
    expect((await ok(partner.keys.billingAdmin, READ, { id: draft.id }, at(6))).status).toBe("WITHDRAWN");
  });

  it("frees the vouchers of a draft left past the deadline; a global admin or an operator may withdraw", async () => {
    const late = await redeemVoucher(stack, partner, { at: T0 });
    const other = await redeemVoucher(stack, partner, { at: T0 });
    const stale = Object.values(dataOf(await create(partner, [late.voucherId])))[0];
    const pastDeadline = at(61, late.redeemedAt);
    expect(codesOf(await send(partner.keys.billingAdmin, SUBMIT, { id: stale.id }, pastDeadline))).toEqual(["DEADLINE_PASSED"]);
    expect((await ok(partner.keys.globalAdmin, WITHDRAW, { id: stale.id }, pastDeadline)).status).toBe("WITHDRAWN");
    expect((await paymentOf(late.voucherId)).paymentStatus).toBe("NOT_CLAIMED");

    const draft = Object.values(dataOf(await create(partner, [other.voucherId])))[0];
    expect(await ok(stack.operatorKey, WITHDRAW, { id: draft.id }, at(2))).toMatchObject({
      status: "WITHDRAWN",
      withdrawnAt: at(2),
    });
  });

  it("INVALID_STATE for a submitted request, which keeps its vouchers", async () => {
    const voucher = await redeemVoucher(stack, partner, { at: T0 });
    const draft = Object.values(dataOf(await create(partner, [voucher.voucherId])))[0];
    await ok(partner.keys.billingAdmin, SUBMIT, { id: draft.id }, at(2));
    expect(codesOf(await send(partner.keys.billingAdmin, WITHDRAW, { id: draft.id }, at(3)))).toEqual(["INVALID_STATE"]);
    expect(codesOf(await send(stack.operatorKey, WITHDRAW, { id: draft.id }, at(3)))).toEqual(["INVALID_STATE"]);
    expect(await ok(partner.keys.billingAdmin, READ, { id: draft.id })).toMatchObject({ status: "SUBMITTED", withdrawnAt: null });
    expect((await paymentOf(voucher.voucherId)).paymentStatus).toBe("CLAIMED");
    expect(codesOf(await create(partner, [voucher.voucherId], at(4)))).toEqual(["VOUCHER_ALREADY_CLAIMED"]);
    expect(await auditedActions(draft.id)).toEqual(["payment_request.created", "payment_request.submit"]);
  });

  it("NOT_FOUND for another partner's draft, FORBIDDEN for a partner admin; neither writes anything", async () => {
    const voucher = await redeemVoucher(stack, partner, { at: T0 });
    const draft = Object.values(dataOf(await create(partner, [voucher.voucherId])))[0];
    expect(codesOf(await send(stranger.keys.billingAdmin, WITHDRAW, { id: draft.id }, at(2)))).toEqual(["NOT_FOUND"]);
    expect(codesOf(await send(stranger.keys.globalAdmin, WITHDRAW, { id: draft.id }, at(2)))).toEqual(["NOT_FOUND"]);
    expect(codesOf(await send(partner.keys.partnerAdmin, WITHDRAW, { id: draft.id }, at(2)))).toEqual(["FORBIDDEN"]);
    expect(codesOf(await send(partner.keys.billingAdmin, WITHDRAW, { id: "not-a-uuid" }, at(2)))).toEqual(["NOT_FOUND"]);
    expect(await ok(partner.keys.billingAdmin, READ, { id: draft.id })).toMatchObject({ status: "DRAFT", withdrawnAt: null });
    expect((await paymentOf(voucher.voucherId)).paymentStatus).toBe("CLAIMED");
    expect(await auditedActions(draft.id)).toEqual(["payment_request.created"]);
  });

  it("32 concurrent withdrawals of one draft: one wins, the rest get INVALID_STATE", async () => {
    const voucher = await redeemVoucher(stack, partner, { at: T0 });
    const draft = Object.values(dataOf(await create(partner, [voucher.voucherId])))[0];
    const responses = await Promise.all(
      Array.from({ length: 32 }, () => send(partner.keys.billingAdmin, WITHDRAW, { id: draft.id }, at(2))),
    );
    expect(responses.filter((r) => !r.errors).length).toBe(1);
    expect(responses.flatMap(codesOf)).toEqual(Array(31).fill("INVALID_STATE"));
    expect(
      await rowCount(
        `SELECT count(*)::int AS n FROM "payments"."audit_log" WHERE entity_id = $1 AND action = 'payment_request.withdraw'`,
        [draft.id],
      ),
    ).toBe(1);
    expect(
      await rowCount(`SELECT count(*)::int AS n FROM "payments"."payment_request_lines" WHERE request_id = $1 AND released`, [
        draft.id,
      ]),
    ).toBe(1);
  });
});

describe("every payment error code", () => {
  it("NO_REDEEMED_VOUCHER: registering for an offering without a redeemed voucher of it", async () => {
    const response = await send(stranger.keys.globalAdmin, REGISTER, {
      input: { partnerId: stranger.partnerId, offeringCode: "DDPS" },
    });
    expect(codesOf(response)).toEqual(["NO_REDEEMED_VOUCHER"]);
    expect(
      await rowCount(`SELECT count(*)::int AS n FROM "payments"."payment_tool_registrations" WHERE partner_id = $1`, [
        stranger.partnerId,
      ]),
    ).toBe(0);
  });

  it("PAYMENT_TOOL_NOT_REGISTERED: asking for payment before registering", async () => {
    const fresh = await createQualifiedPartner(stack, { at: T0 });
    await setUp(fresh, { register: false });
    const voucher = await redeemVoucher(stack, fresh, { at: T0 });
    expect(codesOf(await create(fresh, [voucher.voucherId]))).toEqual(["PAYMENT_TOOL_NOT_REGISTERED"]);
    // registering is once per partner and offering: 32 at once make one registration, which all of them return
    const input = { partnerId: fresh.partnerId, offeringCode: "DDPS" };
    const registrations = await Promise.all(Array.from({ length: 32 }, () => ok(fresh.keys.globalAdmin, REGISTER, { input })));
    expect(new Set(registrations.map((r) => r.id)).size).toBe(1);
    expect(registrations[0]).toMatchObject({ offering: { code: "DDPS" }, registeredAt: T0 });
    expect(
      await rowCount(`SELECT count(*)::int AS n FROM "payments"."payment_tool_registrations" WHERE partner_id = $1`, [
        fresh.partnerId,
      ]),
    ).toBe(1);
    expect(Object.values(dataOf(await create(fresh, [voucher.voucherId])))[0].status).toBe("DRAFT");
  });

  it("VOUCHER_NOT_REDEEMED: a reserved voucher, an unknown one, or one another partner redeemed", async () => {
    const customer = await createCustomer(stack, { at: T0 });
    const assigned = await createVoucher(stack, customer, { at: T0 });
    await reserveVoucher(stack, partner, assigned, { at: T0 });
    expect(codesOf(await create(partner, [assigned.voucherId]))).toEqual(["VOUCHER_NOT_REDEEMED"]);
    expect(codesOf(await create(partner, ["00000000-0000-4000-8000-000000000009"]))).toEqual(["VOUCHER_NOT_REDEEMED"]);
    const theirs = await redeemVoucher(stack, stranger, { at: T0 });
    expect(codesOf(await create(partner, [theirs.voucherId]))).toEqual(["VOUCHER_NOT_REDEEMED"]);
  });

  it("MIXED_LOCATIONS: a voucher redeemed under another of the partner's locations", async () => {
    const voucher = await redeemVoucher(stack, partner, { at: T0 });
    const { addPartnerLocation } = dataOf(
      await stack.request<{ addPartnerLocation: { id: string } }>(
        "mutation ($input: AddPartnerLocationInput!) { addPartnerLocation(input: $input) { id } }",
        {
          key: stack.operatorKey,
          variables: {
            input: {
              partnerId: partner.partnerId,
              mpnLocationId: randomMpnId(),
              country: "DE",
              address: "Marienplatz 1, München",
            },
          },
        },
      ),
    );
    await setUp(partner, { register: false, locationId: addPartnerLocation.id });
    expect(codesOf(await create(partner, [voucher.voucherId], at(1), addPartnerLocation.id))).toEqual(["MIXED_LOCATIONS"]);
  });

  it("NO_BANK_ACCOUNT: a location without a bank account", async () => {
    const voucher = await redeemVoucher(stack, stranger, { at: T0 });
    expect(codesOf(await create(stranger, [voucher.voucherId]))).toEqual(["NO_BANK_ACCOUNT"]);
  });

  it("NO_RATE: no rate card for the delivery country on the redemption date", async () => {
    const austrian = await createQualifiedPartner(stack, { at: T0, country: "AT" });
    const voucher = await redeemVoucher(stack, austrian, { at: T0, country: "AT" });
    await setUp(austrian);
    expect(codesOf(await create(austrian, [voucher.voucherId]))).toEqual(["NO_RATE"]);
    expect(
      await rowCount(`SELECT count(*)::int AS n FROM "payments"."payment_requests" WHERE partner_id = $1`, [austrian.partnerId]),
    ).toBe(0);
  });

  it("DEADLINE_PASSED: submitting more than 60 days after a redemption", async () => {
    const voucher = await redeemVoucher(stack, partner, { at: T0 });
    const draft = Object.values(dataOf(await create(partner, [voucher.voucherId], at(30))))[0];
    const late = await send(
      partner.keys.billingAdmin,
      SUBMIT,
      { id: draft.id },
      new Date(Date.parse(voucher.redeemedAt) + 60 * 86_400_000 + 1).toISOString(),
    );
    expect(codesOf(late)).toEqual(["DEADLINE_PASSED"]);
    expect((await ok(partner.keys.billingAdmin, READ, { id: draft.id })).status).toBe("DRAFT");
    const justInTime = new Date(Date.parse(voucher.redeemedAt) + 60 * 86_400_000).toISOString();
    expect((await ok(partner.keys.billingAdmin, SUBMIT, { id: draft.id }, justInTime)).status).toBe("SUBMITTED");
  });

  it("VOUCHER_ALREADY_CLAIMED: 32 concurrent requests for one voucher make exactly one request", async () => {
    const voucher = await redeemVoucher(stack, partner, { at: T0 });
    const responses = await Promise.all(Array.from({ length: 32 }, () => create(partner, [voucher.voucherId])));
    expect(responses.filter((r) => !r.errors).length).toBe(1);
    expect(responses.flatMap(codesOf)).toEqual(Array(31).fill("VOUCHER_ALREADY_CLAIMED"));
    expect(
      await rowCount(`SELECT count(*)::int AS n FROM "payments"."payment_request_lines" WHERE voucher_id = $1`, [
        voucher.voucherId,
      ]),
    ).toBe(1);
    const made = Object.values(responses.find((r) => !r.errors)?.data ?? {})[0] as Request;
    expect(
      await rowCount(
        `SELECT count(*)::int AS n FROM "payments"."payment_requests" r WHERE partner_id = $1
          AND NOT EXISTS (SELECT 1 FROM "payments"."payment_request_lines" l WHERE l.request_id = r.id)`,
        [partner.partnerId],
      ),
    ).toBe(0);
    expect(made.lines.map((l) => l.voucher.id)).toEqual([voucher.voucherId]);
  });
});

describe("who may see and do what", () => {
  let request: Request;
  beforeAll(async () => {
    const voucher = await redeemVoucher(stack, partner, { at: T0 });
    request = Object.values(dataOf(await create(partner, [voucher.voucherId])))[0];
  });

  it("another partner neither reads nor acts on the request", async () => {
    expect(dataOf(await send(stranger.keys.billingAdmin, READ, { id: request.id })).paymentRequest).toBeNull();
    expect(codesOf(await send(stranger.keys.billingAdmin, SUBMIT, { id: request.id }, at(2)))).toEqual(["NOT_FOUND"]);
    const listed = dataOf(
      await stack.request<{ paymentRequests: { edges: { node: { id: string } }[] } }>(
        "{ paymentRequests(first: 100) { edges { node { id } } } }",
        { key: stranger.keys.billingAdmin },
      ),
    );
    expect(listed.paymentRequests.edges.map((e) => e.node.id)).not.toContain(request.id);
  });

  it("a partner admin may not submit, a partner may not approve, deny or pay", async () => {
    expect(codesOf(await send(partner.keys.partnerAdmin, SUBMIT, { id: request.id }, at(2)))).toEqual(["FORBIDDEN"]);
    await ok(partner.keys.billingAdmin, SUBMIT, { id: request.id }, at(2));
    expect(codesOf(await send(partner.keys.globalAdmin, APPROVE, { id: request.id }, at(3)))).toEqual(["FORBIDDEN"]);
    expect(codesOf(await send(partner.keys.globalAdmin, DENY, { input: { id: request.id, reason: "mine" } }, at(3)))).toEqual([
      "FORBIDDEN",
    ]);
    expect((await ok(partner.keys.billingAdmin, READ, { id: request.id })).status).toBe("SUBMITTED");
  });

  it("the partner sees its requests and registrations on Partner; operators see every partner's", async () => {
    const query = `query ($id: ID!) { partner(id: $id) {
      paymentToolRegistrations { offering { code } }
      paymentRequests(first: 100) { totalCount edges { node { id } } } } }`;
    for (const key of [partner.keys.billingAdmin, stack.operatorKey]) {
      const data = dataOf(
        await stack.request<{
          partner: { paymentToolRegistrations: unknown[]; paymentRequests: { edges: { node: { id: string } }[] } };
        }>(query, { key, variables: { id: partner.partnerId } }),
      );
      expect(data.partner.paymentToolRegistrations).toEqual([{ offering: { code: "DDPS" } }]);
      expect(data.partner.paymentRequests.edges.map((e) => e.node.id)).toContain(request.id);
    }
    const all = dataOf(
      await stack.request<{ paymentRequests: { edges: { node: { id: string } }[] } }>(
        `query ($p: ID!) { paymentRequests(first: 100, partnerId: $p, status: SUBMITTED) { edges { node { id } } } }`,
        { key: stack.operatorKey, variables: { p: partner.partnerId } },
      ),
    );
    expect(all.paymentRequests.edges.map((e) => e.node.id)).toContain(request.id);
  });
});
