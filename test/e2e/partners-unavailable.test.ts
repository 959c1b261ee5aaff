import {
  type AssignedVoucher,
  codesOf,
  createCustomer,
  createQualifiedPartner,
  createVoucher,
  dataOf,
  type QualifiedPartner,
  startTestStack,
  type TestStack,
  WINDOWS_AND_OFFICE_DEPLOYMENT_PLANNING,
} from "@psg/testing";

/** A stack of its own, because these tests stop the partners subgraph on purpose. */
let stack: TestStack;
let partner: QualifiedPartner;
let voucher: AssignedVoucher;

const T0 = "2030-05-04T09:00:00.000Z";

const VALIDATE = `mutation ($input: ValidateVoucherInput!) { validateVoucher(input: $input) { voucherId status } }`;
const RESERVE = `mutation ($input: ReserveVoucherInput!) { reserveVoucher(input: $input) { id status } }`;

beforeAll(async () => {
  stack = await startTestStack();
  partner = await createQualifiedPartner(stack, { at: T0 });
  const customer = await createCustomer(stack, { at: T0 });
  voucher = await createVoucher(stack, customer, { at: T0 });
});
afterAll(() => stack.stop());

async function voucherRow(): Promise<{ status: string; partner_id: string | null; reserved_at: Date | null }> {
  const rows = await stack.services.vouchers.db?.query(
    `SELECT status, partner_id, reserved_at FROM "vouchers"."vouchers" WHERE id = $1`,
    [voucher.voucherId],
  );
  return rows[0];
}

/** Every row of the tables a reservation writes, so any write at all shows. */
async function rowCounts(): Promise<{ vouchers: number; engagements: number; audit: number }> {
  const rows = await stack.services.vouchers.db?.query(
    `SELECT (SELECT count(*)::int FROM "vouchers"."vouchers") AS vouchers,
            (SELECT count(*)::int FROM "vouchers"."engagements") AS engagements,
            (SELECT count(*)::int FROM "vouchers"."audit_log") AS audit`,
  );
  return rows[0];
}

it("reserveVoucher fails with SERVICE_UNAVAILABLE and writes nothing when the partners subgraph is down", async () => {
  const validate = () =>
    stack.request<{ validateVoucher: { voucherId: string; status: string } }>(VALIDATE, {
      key: partner.keys.partnerAdmin,
      variables: { input: { number: voucher.number, assigneeEmail: voucher.assigneeEmail } },
      at: T0,
    });
  // a vouchers-only request: the vouchers subgraph now holds the key's principal
  expect(dataOf(await validate()).validateVoucher).toEqual({ voucherId: voucher.voucherId, status: "ASSIGNED" });

  const before = await rowCounts();
  await stack.services.partners.close();
  // the key still works in the vouchers subgraph without partners: the cached principal is used
  expect(dataOf(await validate()).validateVoucher.status).toBe("ASSIGNED");

  const response = await stack.request(RESERVE, {
    key: partner.keys.partnerAdmin,
    at: T0,
    variables: {
      input: {
        number: voucher.number,
        assigneeEmail: voucher.assigneeEmail,
        partnerId: partner.partnerId,
        locationId: partner.locationId,
        engagementTypeId: WINDOWS_AND_OFFICE_DEPLOYMENT_PLANNING,
        plannedStart: T0.slice(0, 10),
        plannedEnd: "2030-05-08",
        acceptTerms: true,
      },
    },
  });
  expect(codesOf(response)).toEqual(["SERVICE_UNAVAILABLE"]);
  expect(response.data?.reserveVoucher ?? null).toBeNull();
  expect(JSON.stringify(response)).not.toMatch(/127\.0\.0\.1|localhost|http:\/\//);

  expect(await voucherRow()).toEqual({ status: "ASSIGNED", partner_id: null, reserved_at: null });
  expect(await rowCounts()).toEqual(before);
});
