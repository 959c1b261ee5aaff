import {
  codesOf,
  createCustomer,
  createQualifiedPartner,
  createVoucher,
  dataOf,
  type QualifiedPartner,
  remainingDays,
  reserveVoucher,
  startTestStack,
  type TestCustomer,
  type TestStack,
} from "@psg/testing";

let stack: TestStack;
let partner: QualifiedPartner;
beforeAll(async () => {
  stack = await startTestStack({ VALIDATION_FAILURES_PER_HOUR: "5" });
  partner = await createQualifiedPartner(stack);
});
afterAll(() => stack.stop());

const CREATE = `mutation ($input: CreateVoucherInput!) { createVoucher(input: $input) { id number status serviceLevelDays expiresAt createdAt } }`;
const VALIDATE = `mutation ($input: ValidateVoucherInput!) {
  validateVoucher(input: $input) { voucherId number offering { code name } serviceLevelDays expiresAt customerName status }
}`;

const voucherInput = (customer: TestCustomer, change: Record<string, unknown> = {}) => ({
  input: {
    customerId: customer.customerId,
    offeringCode: "DDPS",
    serviceLevelDays: 5,
    assigneeName: "Pat Manager",
    assigneeEmail: "pat@example.com",
    ...change,
  },
});

describe("the benefit", () => {
  it("is activated once by the customer's benefits administrator", async () => {
    const customer = await createCustomer(stack, { activate: false, planningDays: 20 });
    const other = await createCustomer(stack);
    const activate = "mutation ($id: ID!) { activateBenefit(customerId: $id) { status totalDays remainingDays activatedAt } }";
    const at = "2030-02-01T08:00:00.000Z";
    expect(
      codesOf(await stack.request(activate, { key: customer.keys.projectManager, variables: { id: customer.customerId } })),
    ).toEqual(["FORBIDDEN"]);
    expect(
      codesOf(await stack.request(activate, { key: other.keys.benefitsAdmin, variables: { id: customer.customerId } })),
    ).toEqual(["FORBIDDEN"]);
    expect(codesOf(await stack.request(CREATE, { key: customer.keys.benefitsAdmin, variables: voucherInput(customer) }))).toEqual(
      ["BENEFIT_NOT_ACTIVATED"],
    );
    const done = dataOf(
      await stack.request<{ activateBenefit: unknown }>(activate, {
        key: customer.keys.benefitsAdmin,
        variables: { id: customer.customerId },
        at,
      }),
    );
    expect(done.activateBenefit).toEqual({ status: "ACTIVATED", totalDays: 20, remainingDays: 20, activatedAt: at });
    expect(
      codesOf(await stack.request(activate, { key: customer.keys.benefitsAdmin, variables: { id: customer.customerId } })),
    ).toEqual(["INVALID_STATE"]);
  });
});

describe("creating vouchers", () => {
  it("takes the days from the pool and expires 180 days after creation", async () => {
    const customer = await createCustomer(stack, { planningDays: 12 });
    const at = "2030-03-01T10:00:00.000Z";
    const { createVoucher: voucher } = dataOf(
      await stack.request<{ createVoucher: Record<string, unknown> }>(CREATE, {
        key: customer.keys.benefitsAdmin,
        variables: voucherInput(customer, { serviceLevelDays: 10 }),
        at,
      }),
    );
    expect(voucher).toMatchObject({
      status: "ASSIGNED",
      serviceLevelDays: 10,
      createdAt: at,
      expiresAt: "2030-08-28T10:00:00.000Z",
    });
    expect(voucher.number).toMatch(/^PSV-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(await remainingDays(stack, customer, at)).toBe(2);
    expect(
      codesOf(
        await stack.request(CREATE, {
          key: customer.keys.benefitsAdmin,
          variables: voucherInput(customer, { serviceLevelDays: 3 }),
          at,
        }),
      ),
    ).toEqual(["INSUFFICIENT_DAYS"]);
  });

  it("refuses a service level the offering does not allow, an unknown offering, and non-administrators", async () => {
    const customer = await createCustomer(stack);
    const key = customer.keys.benefitsAdmin;
    expect(codesOf(await stack.request(CREATE, { key, variables: voucherInput(customer, { serviceLevelDays: 4 }) }))).toEqual([
      "INVALID_SERVICE_LEVEL",
    ]);
    expect(codesOf(await stack.request(CREATE, { key, variables: voucherInput(customer, { offeringCode: "NOPE" }) }))).toEqual([
      "NOT_FOUND",
    ]);
    expect(
      codesOf(await stack.request(CREATE, { key: customer.keys.projectManager, variables: voucherInput(customer) })),
    ).toEqual(["FORBIDDEN"]);
    expect(codesOf(await stack.request(CREATE, { key: partner.keys.globalAdmin, variables: voucherInput(customer) }))).toEqual([
      "FORBIDDEN",
    ]);
    expect(await remainingDays(stack, customer)).toBe(60);
  });

  it("refuses a retired offering", async () => {
    const customer = await createCustomer(stack);
    const code = `RETIRED_${Date.now() % 100000}`;
    dataOf(
      await stack.request("mutation ($input: UpsertOfferingInput!) { upsertOffering(input: $input) { code } }", {
        key: stack.operatorKey,
        variables: { input: { code, name: "A retired offering", status: "RETIRED" } },
      }),
    );
    expect(
      codesOf(
        await stack.request(CREATE, {
          key: customer.keys.benefitsAdmin,
          variables: voucherInput(customer, { offeringCode: code }),
        }),
      ),
    ).toEqual(["OFFERING_RETIRED"]);
  });

  it("customer keys are only made for customers that exist", async () => {
    const response = await stack.request("mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }", {
      key: stack.operatorKey,
      variables: {
        input: {
          name: "ghost",
          organizationKind: "CUSTOMER",
          organizationId: "00000000-0000-4000-8000-000000000000",
          roles: ["BENEFITS_ADMIN"],
        },
      },
    });
    expect(codesOf(response)).toEqual(["NOT_FOUND"]);
  });

  it("never takes more days than the pool has, however many requests race", async () => {
    const customer = await createCustomer(stack, { planningDays: 15 });
    const responses = await Promise.all(
      Array.from({ length: 32 }, () =>
        stack.request(CREATE, { key: customer.keys.benefitsAdmin, variables: voucherInput(customer, { serviceLevelDays: 5 }) }),
      ),
    );
    expect(responses.filter((r) => !r.errors).length).toBe(3);
    expect(new Set(responses.flatMap(codesOf))).toEqual(new Set(["INSUFFICIENT_DAYS"]));
    expect(await remainingDays(stack, customer)).toBe(0);
  });
});

describe("cancelling a voucher", () => {
  const CANCEL = "mutation ($id: ID!) { cancelVoucher(id: $id) { status } }";

  it("gives the days back while assigned, and only then", async () => {
    const customer = await createCustomer(stack, { planningDays: 10 });
    const voucher = await createVoucher(stack, customer, { serviceLevelDays: 5 });
    expect(await remainingDays(stack, customer)).toBe(5);
    expect(
      codesOf(await stack.request(CANCEL, { key: customer.keys.projectManager, variables: { id: voucher.voucherId } })),
    ).toEqual(["FORBIDDEN"]);
    const done = dataOf(await stack.request(CANCEL, { key: customer.keys.benefitsAdmin, variables: { id: voucher.voucherId } }));
    expect(done).toEqual({ cancelVoucher: { status: "CANCELLED" } });
    expect(await remainingDays(stack, customer)).toBe(10);
    expect(
      codesOf(await stack.request(CANCEL, { key: customer.keys.benefitsAdmin, variables: { id: voucher.voucherId } })),
    ).toEqual(["VOUCHER_CANCELLED"]);
    expect(await remainingDays(stack, customer)).toBe(10);

    const reserved = await createVoucher(stack, customer, { serviceLevelDays: 5 });
    await reserveVoucher(stack, partner, reserved);
    expect(
      codesOf(await stack.request(CANCEL, { key: customer.keys.benefitsAdmin, variables: { id: reserved.voucherId } })),
    ).toEqual(["VOUCHER_ALREADY_RESERVED"]);
  });

  it("cannot cancel another customer's voucher", async () => {
    const owner = await createCustomer(stack);
    const stranger = await createCustomer(stack);
    const voucher = await createVoucher(stack, owner);
    expect(
      codesOf(await stack.request(CANCEL, { key: stranger.keys.benefitsAdmin, variables: { id: voucher.voucherId } })),
    ).toEqual(["VOUCHER_NOT_FOUND"]);
  });
});

describe("validating a voucher", () => {
  it("answers what a partner needs to reserve it", async () => {
    const customer = await createCustomer(stack, { name: "Contoso Validation GmbH" });
    const voucher = await createVoucher(stack, customer, { serviceLevelDays: 3 });
    const data = dataOf(
      await stack.request<{ validateVoucher: Record<string, unknown> }>(VALIDATE, {
        key: partner.keys.partnerAdmin,
        variables: { input: { number: voucher.number.toLowerCase(), assigneeEmail: voucher.assigneeEmail.toUpperCase() } },
      }),
    );
    expect(data.validateVoucher).toEqual({
      voucherId: voucher.voucherId,
      number: voucher.number,
      offering: { code: "DDPS", name: expect.any(String) },
      serviceLevelDays: 3,
      expiresAt: voucher.expiresAt,
      customerName: "Contoso Validation GmbH",
      status: "ASSIGNED",
    });
  });

  it("a wrong number and a wrong e-mail look the same, and too many failures are RATE_LIMITED", async () => {
    const customer = await createCustomer(stack);
    const voucher = await createVoucher(stack, customer);
    const other = await createQualifiedPartner(stack);
    const key = other.keys.partnerAdmin;
    const attempt = (number: string, assigneeEmail: string, at?: string) =>
      stack.request<{ validateVoucher: { voucherId: string } }>(VALIDATE, {
        key,
        variables: { input: { number, assigneeEmail } },
        at,
      });
    const wrongEmail = await attempt(voucher.number, "someone.else@example.com");
    const wrongNumber = await attempt("PSV-0000-0000-0000-0000", voucher.assigneeEmail);
    expect(codesOf(wrongEmail)).toEqual(["VOUCHER_NOT_FOUND"]);
    expect(codesOf(wrongNumber)).toEqual(["VOUCHER_NOT_FOUND"]);
    expect(wrongEmail.errors?.[0].message).toBe(wrongNumber.errors?.[0].message);

    const guesses = await Promise.all(Array.from({ length: 10 }, () => attempt("PSV-1111-1111-1111-1111", "x@example.com")));
    expect(guesses.flatMap(codesOf).filter((c) => c === "VOUCHER_NOT_FOUND").length).toBe(3);
    expect(codesOf(await attempt(voucher.number, voucher.assigneeEmail))).toEqual(["RATE_LIMITED"]);
    const failures = (await stack.services.vouchers.db?.query(
      `SELECT count(*)::int AS n FROM "vouchers"."validation_failures"`,
    )) as { n: number }[];
    expect(failures[0].n).toBeGreaterThanOrEqual(5);

    const anHourLater = new Date(Date.now() + 3_601_000).toISOString();
    expect(dataOf(await attempt(voucher.number, voucher.assigneeEmail, anHourLater)).validateVoucher.voucherId).toBe(
      voucher.voucherId,
    );
  });

  it("five keys of one partner share one budget of failed validations", async () => {
    const customer = await createCustomer(stack);
    const voucher = await createVoucher(stack, customer);
    const guesser = await createQualifiedPartner(stack);
    const extraKeys = await Promise.all(
      [1, 2, 3].map(
        async (i) =>
          dataOf(
            await stack.request<{ createApiKey: { secret: string } }>(
              "mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }",
              {
                key: stack.operatorKey,
                variables: {
                  input: {
                    name: `guesser ${i}`,
                    organizationKind: "PARTNER",
                    organizationId: guesser.partnerId,
                    roles: ["PARTNER_ADMIN"],
                  },
                },
              },
            ),
          ).createApiKey.secret,
      ),
    );
    const keys = [guesser.keys.globalAdmin, guesser.keys.partnerAdmin, ...extraKeys];
    const attempt = (key: string, number: string, assigneeEmail: string) =>
      stack.request(VALIDATE, { key, variables: { input: { number, assigneeEmail } } });
    // the file's limit is 5 an hour: one wrong guess per key spends all of it
    const guesses = await Promise.all(keys.map((key) => attempt(key, "PSV-2222-2222-2222-2222", "x@example.com")));
    expect(guesses.flatMap(codesOf)).toEqual(Array(5).fill("VOUCHER_NOT_FOUND"));
    for (const key of keys) expect(codesOf(await attempt(key, voucher.number, voucher.assigneeEmail))).toEqual(["RATE_LIMITED"]);
    // another partner's budget is its own
    expect(codesOf(await attempt(partner.keys.partnerAdmin, voucher.number, voucher.assigneeEmail))).toEqual([]);
  });

  it("is for partners", async () => {
    const customer = await createCustomer(stack);
    const voucher = await createVoucher(stack, customer);
    const input = { number: voucher.number, assigneeEmail: voucher.assigneeEmail };
    expect(codesOf(await stack.request(VALIDATE, { key: customer.keys.projectManager, variables: { input } }))).toEqual([
      "FORBIDDEN",
    ]);
    expect(codesOf(await stack.request(VALIDATE, { key: partner.keys.billingAdmin, variables: { input } }))).toEqual([
      "FORBIDDEN",
    ]);
  });
});

describe("a customer's vouchers", () => {
  it("page by status as they read now", async () => {
    const customer = await createCustomer(stack);
    const first = await createVoucher(stack, customer, { serviceLevelDays: 1 });
    const second = await createVoucher(stack, customer, { serviceLevelDays: 1 });
    const third = await createVoucher(stack, customer, { serviceLevelDays: 1 });
    await reserveVoucher(stack, partner, second, { serviceLevelDays: 1 });
    type Page = {
      customer: {
        vouchers: {
          totalCount: number;
          edges: { node: { id: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    };
    const page = async (status: string | null, after: string | null, at?: string) =>
      dataOf(
        await stack.request<Page>(
          `query ($id: ID!, $status: VoucherStatus, $after: String) {
            customer(id: $id) { vouchers(first: 1, status: $status, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }
          }`,
          { key: customer.keys.projectManager, variables: { id: customer.customerId, status, after }, at },
        ),
      ).customer.vouchers;
    const assigned = await page("ASSIGNED", null);
    expect(assigned.totalCount).toBe(2);
    expect(assigned.edges.map((e) => e.node.id)).toEqual([first.voucherId]);
    const next = await page("ASSIGNED", assigned.pageInfo.endCursor);
    expect(next.edges.map((e) => e.node.id)).toEqual([third.voucherId]);
    expect(next.pageInfo.hasNextPage).toBe(false);
    expect((await page("RESERVED", null)).edges.map((e) => e.node.id)).toEqual([second.voucherId]);
    expect((await page(null, null)).totalCount).toBe(3);
    const later = new Date(Date.now() + 181 * 86_400_000).toISOString();
    expect((await page("EXPIRED", null, later)).totalCount).toBe(3);
  });
});

describe("who sees a voucher", () => {
  const VOUCHER = `query ($id: ID!) { voucher(id: $id) { id status customer { name country } } }`;
  const LIST = `{ vouchers(first: 100) { totalCount edges { node { id } } } }`;

  it("a customer sees only its own; a partner only what it holds, and of the customer only name and country", async () => {
    const a = await createCustomer(stack, { name: "Alpha AG", country: "DE" });
    const b = await createCustomer(stack, { name: "Beta BV" });
    const va = await createVoucher(stack, a);
    const vb = await createVoucher(stack, b);
    const p2 = await createQualifiedPartner(stack);
    const seen = async (key: string, id: string) =>
      dataOf(await stack.request<{ voucher: { id: string } | null }>(VOUCHER, { key, variables: { id } })).voucher;
    const listed = async (key: string) =>
      dataOf(await stack.request<{ vouchers: { edges: { node: { id: string } }[] } }>(LIST, { key })).vouchers.edges.map(
        (e) => e.node.id,
      );

    expect(await seen(a.keys.projectManager, va.voucherId)).toMatchObject({ id: va.voucherId });
    expect(await seen(a.keys.projectManager, vb.voucherId)).toBeNull();
    expect(await seen(b.keys.benefitsAdmin, va.voucherId)).toBeNull();
    expect(await listed(a.keys.benefitsAdmin)).toEqual([va.voucherId]);
    expect(await seen(partner.keys.partnerAdmin, va.voucherId)).toBeNull();

    await reserveVoucher(stack, partner, va);
    expect(await seen(partner.keys.partnerAdmin, va.voucherId)).toEqual({
      id: va.voucherId,
      status: "RESERVED",
      customer: { name: "Alpha AG", country: "DE" },
    });
    expect(await listed(partner.keys.globalAdmin)).toContain(va.voucherId);
    expect(await seen(p2.keys.partnerAdmin, va.voucherId)).toBeNull();
    expect(await listed(p2.keys.partnerAdmin)).toEqual([]);

    const benefit = await stack.request<{ voucher: { customer: unknown } }>(
      `query ($id: ID!) { voucher(id: $id) { customer { name benefit { remainingDays } } } }`,
      { key: partner.keys.partnerAdmin, variables: { id: va.voucherId } },
    );
    expect(codesOf(benefit)).toEqual(["FORBIDDEN"]);
    expect(benefit.data?.voucher.customer).toBeNull();

    const customer = await stack.request(`query ($id: ID!) { customer(id: $id) { name } }`, {
      key: partner.keys.partnerAdmin,
      variables: { id: a.customerId },
    });
    expect(dataOf(customer)).toEqual({ customer: null });

    expect(await seen(stack.operatorKey, va.voucherId)).toMatchObject({ id: va.voucherId });
    expect(await seen(stack.operatorKey, vb.voucherId)).toMatchObject({ id: vb.voucherId });
  });

  it("a customer sees who reserved its voucher and the engagement", async () => {
    const customer = await createCustomer(stack);
    const voucher = await createVoucher(stack, customer);
    const { engagementId } = await reserveVoucher(stack, partner, voucher);
    const data = dataOf(
      await stack.request<{ voucher: Record<string, unknown> }>(
        `query ($id: ID!) { voucher(id: $id) { status reservedBy { id legalName } engagement { id status deliveryCountry engagementType { name } } } }`,
        { key: customer.keys.projectManager, variables: { id: voucher.voucherId } },
      ),
    );
    expect(data.voucher).toEqual({
      status: "RESERVED",
      reservedBy: { id: partner.partnerId, legalName: expect.any(String) },
      engagement: {
        id: engagementId,
        status: "SCHEDULED",
        deliveryCountry: "DE",
        engagementType: { name: "Windows and Office Deployment Planning" },
      },
    });
    const stranger = await createCustomer(stack);
    expect(
      dataOf(
        await stack.request(`query ($id: ID!) { engagement(id: $id) { id } }`, {
          key: stranger.keys.projectManager,
          variables: { id: engagementId },
        }),
      ),
    ).toEqual({ engagement: null });
  });
});
