import { graphqlRequest } from "@psg/shared";
import { codesOf, createQualifiedPartner, dataOf, type QualifiedPartner, startTestStack, type TestStack } from "@psg/testing";

let stack: TestStack;
let partner: QualifiedPartner;
let other: QualifiedPartner;
beforeAll(async () => {
  stack = await startTestStack();
  [partner, other] = await Promise.all([createQualifiedPartner(stack), createQualifiedPartner(stack)]);
});
afterAll(() => stack.stop());

const ADD_BANK_ACCOUNT = `mutation ($input: AddBankAccountInput!) {
  addBankAccount(input: $input) { id holderName maskedAccountNumber currency location { id country } }
}`;

const bankAccount = (p: QualifiedPartner, overrides: Record<string, unknown> = {}) => ({
  input: {
    partnerId: p.partnerId,
    locationId: p.locationId,
    holderName: "Contoso Consulting GmbH",
    accountNumber: "DE89 3704 0044 0532 0130 00",
    currency: "EUR",
    ...overrides,
  },
});

describe("bank accounts", () => {
  it("a billing admin adds one per location; the number is shown masked and stored whole", async () => {
    const { addBankAccount } = dataOf(
      await stack.request<{ addBankAccount: { id: string; location: { id: string } } }>(ADD_BANK_ACCOUNT, {
        key: partner.keys.billingAdmin,
        variables: bankAccount(partner),
      }),
    );
    expect(addBankAccount).toEqual({
      id: expect.any(String),
      holderName: "Contoso Consulting GmbH",
      maskedAccountNumber: "****3000",
      currency: "EUR",
      location: { id: partner.locationId, country: "DE" },
    });
    const rows = (await stack.services.payments.db?.query(`SELECT account_number FROM "payments"."bank_accounts" WHERE id = $1`, [
      addBankAccount.id,
    ])) as { account_number: string }[];
    expect(rows).toEqual([{ account_number: "DE89370400440532013000" }]);

    const again = await stack.request(ADD_BANK_ACCOUNT, { key: partner.keys.globalAdmin, variables: bankAccount(partner) });
    expect(codesOf(again)).toEqual(["CONFLICT"]);

    const listed = dataOf(
      await stack.request<{ partner: { bankAccounts: { maskedAccountNumber: string }[] } }>(
        "query ($id: ID!) { partner(id: $id) { bankAccounts { maskedAccountNumber } } }",
        { key: partner.keys.billingAdmin, variables: { id: partner.partnerId } },
      ),
    );
    expect(listed.partner.bankAccounts).toEqual([{ maskedAccountNumber: "****3000" }]);
  });

  it("only the partner's GLOBAL_ADMIN or BILLING_ADMIN, for the partner's own location", async () => {
    expect(
      codesOf(await stack.request(ADD_BANK_ACCOUNT, { key: other.keys.partnerAdmin, variables: bankAccount(other) })),
    ).toEqual(["FORBIDDEN"]);
    expect(
      codesOf(await stack.request(ADD_BANK_ACCOUNT, { key: other.keys.billingAdmin, variables: bankAccount(partner) })),
    ).toEqual(["FORBIDDEN"]);
    const foreignLocation = bankAccount(other, { locationId: partner.locationId });
    expect(codesOf(await stack.request(ADD_BANK_ACCOUNT, { key: other.keys.billingAdmin, variables: foreignLocation }))).toEqual([
      "FORBIDDEN",
    ]);
    const unknownLocation = bankAccount(other, { locationId: "00000000-0000-4000-8000-000000000000" });
    expect(codesOf(await stack.request(ADD_BANK_ACCOUNT, { key: other.keys.billingAdmin, variables: unknownLocation }))).toEqual([
      "NOT_FOUND",
    ]);
    const malformed = bankAccount(other, { accountNumber: "12" });
    expect(codesOf(await stack.request(ADD_BANK_ACCOUNT, { key: other.keys.billingAdmin, variables: malformed }))).toEqual([
      "BAD_USER_INPUT",
    ]);
    const count = (await stack.services.payments.db?.query(
      `SELECT count(*)::int AS n FROM "payments"."bank_accounts" WHERE partner_id = $1`,
      [other.partnerId],
    )) as { n: number }[];
    expect(count).toEqual([{ n: 0 }]);
  });

  it("32 concurrent additions for one location make one account; the rest get CONFLICT", async () => {
    const third = await createQualifiedPartner(stack);
    const responses = await Promise.all(
      Array.from({ length: 32 }, () =>
        stack.request(ADD_BANK_ACCOUNT, { key: third.keys.billingAdmin, variables: bankAccount(third) }),
      ),
    );
    expect(responses.filter((r) => !r.errors).length).toBe(1);
    expect(responses.flatMap(codesOf)).toEqual(Array(31).fill("CONFLICT"));
    const rows = (await stack.services.payments.db?.query(
      `SELECT count(*)::int AS n FROM "payments"."bank_accounts" WHERE location_id = $1`,
      [third.locationId],
    )) as { n: number }[];
    expect(rows).toEqual([{ n: 1 }]);
  });

  it("another partner does not see them, even asking the payments subgraph for the entity itself", async () => {
    const query = `query ($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Partner { bankAccounts { id } paymentToolRegistrations { id } paymentRequests { totalCount } } } }`;
    const variables = { reps: [{ __typename: "Partner", id: partner.partnerId }] };
    const headers = { "x-internal-secret": stack.internalSecret };
    const ask = (key: string) =>
      graphqlRequest<{ _entities: unknown[] }>(stack.subgraphUrls.payments, query, variables, {
        ...headers,
        authorization: `Bearer ${key}`,
      });
    expect(dataOf(await ask(other.keys.globalAdmin))._entities).toEqual([
      { bankAccounts: [], paymentToolRegistrations: [], paymentRequests: { totalCount: 0 } },
    ]);
    expect(dataOf(await ask(partner.keys.globalAdmin))._entities).toEqual([
      { bankAccounts: [{ id: expect.any(String) }], paymentToolRegistrations: [], paymentRequests: { totalCount: 0 } },
    ]);
  });

  it("references with ids that are not ours resolve to nothing, not to an error", async () => {
    const query = `query ($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Partner { bankAccounts { id } paymentRequests { totalCount } }
      ... on Voucher { paymentStatus paymentRequest { id } } } }`;
    const reps = [
      { __typename: "Partner", id: "not-a-uuid" },
      { __typename: "Voucher", id: "not-a-uuid" },
      { __typename: "Voucher", id: "00000000-0000-4000-8000-00000000000f" },
    ];
    const response = await graphqlRequest<{ _entities: unknown[] }>(
      stack.subgraphUrls.payments,
      query,
      { reps },
      { "x-internal-secret": stack.internalSecret, authorization: `Bearer ${stack.operatorKey}` },
    );
    expect(dataOf(response)._entities).toEqual([
      { bankAccounts: [], paymentRequests: { totalCount: 0 } },
      { paymentStatus: "NOT_CLAIMED", paymentRequest: null },
      { paymentStatus: "NOT_CLAIMED", paymentRequest: null },
    ]);
  });
});

describe("payment requests without their prerequisites", () => {
  const CREATE = `mutation ($input: CreatePaymentRequestInput!) { createPaymentRequest(input: $input) { id } }`;
  const voucherIds = ["00000000-0000-4000-8000-000000000001"];

  it("NO_BANK_ACCOUNT for a location without a bank account", async () => {
    const response = await stack.request(CREATE, {
      key: other.keys.billingAdmin,
      variables: { input: { partnerId: other.partnerId, locationId: other.locationId, voucherIds } },
    });
    expect(codesOf(response)).toEqual(["NO_BANK_ACCOUNT"]);
  });

  it("FORBIDDEN for a partner admin or another partner", async () => {
    const input = { partnerId: partner.partnerId, locationId: partner.locationId, voucherIds };
    expect(codesOf(await stack.request(CREATE, { key: partner.keys.partnerAdmin, variables: { input } }))).toEqual(["FORBIDDEN"]);
    expect(codesOf(await stack.request(CREATE, { key: other.keys.globalAdmin, variables: { input } }))).toEqual(["FORBIDDEN"]);
  });

  it("BAD_USER_INPUT for no vouchers or a voucher named twice", async () => {
    const base = { partnerId: partner.partnerId, locationId: partner.locationId };
    for (const ids of [[], [voucherIds[0], voucherIds[0]]]) {
      const response = await stack.request(CREATE, {
        key: partner.keys.billingAdmin,
        variables: { input: { ...base, voucherIds: ids } },
      });
      expect(codesOf(response)).toEqual(["BAD_USER_INPUT"]);
    }
  });

  it("only operators approve, deny or pay; an unknown request is NOT_FOUND to them", async () => {
    const id = "00000000-0000-4000-8000-0000000000aa";
    const operations = [
      ["mutation ($id: ID!) { approvePaymentRequest(id: $id) { id } }", { id }],
      ['mutation ($id: ID!) { denyPaymentRequest(input: { id: $id, reason: "no" }) { id } }', { id }],
      ['mutation ($id: ID!) { markPaymentRequestPaid(input: { id: $id, paymentReference: "T-1" }) { id } }', { id }],
    ] as const;
    for (const [query, variables] of operations) {
      expect(codesOf(await stack.request(query, { key: partner.keys.globalAdmin, variables }))).toEqual(["FORBIDDEN"]);
      expect(codesOf(await stack.request(query, { key: stack.operatorKey, variables }))).toEqual(["NOT_FOUND"]);
    }
  });

  it("a partner lists only its own requests", async () => {
    const query = "query ($partnerId: ID) { paymentRequests(partnerId: $partnerId) { totalCount } }";
    expect(
      codesOf(await stack.request(query, { key: partner.keys.billingAdmin, variables: { partnerId: other.partnerId } })),
    ).toEqual(["FORBIDDEN"]);
    const own = dataOf(
      await stack.request<{ paymentRequests: { totalCount: number } }>(query, { key: partner.keys.billingAdmin, variables: {} }),
    );
    expect(own.paymentRequests.totalCount).toBe(0);
  });
});
