import type { DemoSeed } from "./seed";

const RATES = [
  { country: "DE", currency: "EUR", dailyRateMinor: "110000", validFrom: "2020-01-01" },
  { country: "FR", currency: "EUR", dailyRateMinor: "105000", validFrom: "2020-01-01" },
  { country: "GB", currency: "GBP", dailyRateMinor: "95000", validFrom: "2020-01-01" },
  { country: "US", currency: "USD", dailyRateMinor: "125000", validFrom: "2020-01-01" },
  { country: "JP", currency: "JPY", dailyRateMinor: "150000", validFrom: "2020-01-01" },
];

const CREATE = `mutation ($input: CreatePaymentRequestInput!) { createPaymentRequest(input: $input) { id } }`;

/**
 * Rate cards, and for the demo partner a bank account, a payment-tool registration and one
 * payment request in every state, from the vouchers the vouchers demo redeemed
 * (`seed.ids` entries named redeemedVoucher…, with partnerId and locationId).
 */
export async function seedPayments(seed: DemoSeed): Promise<void> {
  for (const input of RATES) {
    await seed.operator("mutation ($input: SetRateInput!) { setRate(input: $input) { country } }", { input });
  }
  const { partnerId, locationId } = seed.ids;
  if (!partnerId || !locationId) return;
  await seed.operator("mutation ($input: AddBankAccountInput!) { addBankAccount(input: $input) { id } }", {
    input: { partnerId, locationId, holderName: "Contoso Consulting", accountNumber: "DE89370400440532013000", currency: "EUR" },
  });
  const vouchers = Object.entries(seed.ids)
    .filter(([name]) => name.startsWith("redeemedVoucher"))
    .map(([, id]) => id);
  if (vouchers.length === 0) return;
  await seed.operator("mutation ($input: RegisterPaymentToolInput!) { registerPaymentTool(input: $input) { id } }", {
    input: { partnerId, offeringCode: seed.ids.redeemedOfferingCode ?? "DDPS" },
  });
  const request = async (voucherId: string, ...steps: string[]) => {
    const { createPaymentRequest } = await seed.operator<{ createPaymentRequest: { id: string } }>(CREATE, {
      input: { partnerId, locationId, voucherIds: [voucherId] },
    });
    for (const step of steps) await seed.operator(step, { id: createPaymentRequest.id });
  };
  const submit = "mutation ($id: ID!) { submitPaymentRequest(id: $id) { id } }";
  const approve = "mutation ($id: ID!) { approvePaymentRequest(id: $id) { id } }";
  const deny = `mutation ($id: ID!) { denyPaymentRequest(input: { id: $id, reason: "Days delivered do not match the report." }) { id } }`;
  const pay = `mutation ($id: ID!) { markPaymentRequestPaid(input: { id: $id, paymentReference: "SEPA-2026-0001" }) { id } }`;
  const plans = [[submit, approve, pay], [submit, approve], [submit], [submit, deny]];
  for (const [i, voucherId] of vouchers.slice(0, plans.length).entries()) await request(voucherId, ...plans[i]);
  // a denial releases its voucher: the corrected request stays a draft
  const denied = vouchers[plans.length - 1];
  if (denied) await request(denied);
}
