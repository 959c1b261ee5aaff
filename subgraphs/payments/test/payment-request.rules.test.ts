import type { VoucherForPayment } from "@psg/shared";
import { codeOf } from "@psg/testing";
import { checkBankAccount, maskAccountNumber } from "../src/bank-account/bank-account.rules";
import {
  checkRegistered,
  checkSubmitDeadline,
  checkText,
  checkTransition,
  checkVoucherIds,
  checkVouchersClaimable,
  dueByOf,
  isOverdue,
  paymentStatusOf,
  priceLine,
  priceLines,
  releasesVouchers,
  totalOf,
} from "../src/payment-request/payment-request.rules";
import { formatReferenceNumber, newReferenceNumber, REFERENCE_NUMBER } from "../src/payment-request/reference-number";

const voucher = (overrides: Partial<VoucherForPayment> = {}): VoucherForPayment => ({
  id: "v1",
  status: "REDEEMED",
  offeringCode: "DDPS",
  partnerId: "p1",
  locationId: "l1",
  deliveryCountry: "DE",
  daysDelivered: 3,
  redeemedAt: "2026-03-10T12:00:00.000Z",
  ...overrides,
});

const rates = [
  { country: "DE", currency: "EUR", dailyRateMinor: "110000", validFrom: "2026-01-01" },
  { country: "DE", currency: "EUR", dailyRateMinor: "120000", validFrom: "2026-04-01" },
  { country: "JP", currency: "JPY", dailyRateMinor: "150000", validFrom: "2026-01-01" },
];

describe("pricing", () => {
  it("amount = days × daily rate, in bigint minor units", () => {
    expect(priceLine(3, 110000n)).toBe(330000n);
    expect(priceLine(15, 999_999_999_999n)).toBe(14_999_999_999_985n);
    expect(priceLine(15, 9_007_199_254_740_993n)).toBe(135_107_988_821_114_895n);
  });

  it("the total is the sum of the lines", () => {
    expect(totalOf([{ amountMinor: 330000n }, { amountMinor: 1n }])).toBe(330001n);
    expect(totalOf([])).toBe(0n);
  });

  it("uses the rate of the delivery country valid on the redemption date", () => {
    const { lines, currency } = priceLines(
      [voucher(), voucher({ id: "v2", redeemedAt: "2026-04-01T00:00:00.000Z", daysDelivered: 5 })],
      rates,
    );
    expect(currency).toBe("EUR");
    expect(lines.map((l) => [l.voucherId, l.dailyRateMinor, l.amountMinor])).toEqual([
      ["v1", 110000n, 330000n],
      ["v2", 120000n, 600000n],
    ]);
  });

  it("NO_RATE when no rate was valid on the redemption date", () => {
    expect(codeOf(() => priceLines([voucher({ redeemedAt: "2025-12-31T23:59:59.000Z" })], rates))).toBe("NO_RATE");
    expect(codeOf(() => priceLines([voucher({ deliveryCountry: "FR" })], rates))).toBe("NO_RATE");
  });

  it("a request is in one currency", () => {
    expect(codeOf(() => priceLines([voucher(), voucher({ id: "v2", deliveryCountry: "JP" })], rates))).toBe("BAD_USER_INPUT");
  });
});

describe("what a request may claim", () => {
  it("voucher ids are non-empty, distinct and at most 100", () => {
    expect(codeOf(() => checkVoucherIds([]))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => checkVoucherIds(["a", "a"]))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => checkVoucherIds(Array.from({ length: 101 }, (_, i) => `v${i}`)))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => checkVoucherIds(["a", "b"]))).toBeUndefined();
  });

  it("every voucher is REDEEMED by this partner", () => {
    const check = (v: VoucherForPayment | null) => () => checkVouchersClaimable(["v1"], [v], "p1", "l1");
    expect(codeOf(check(voucher()))).toBeUndefined();
    expect(codeOf(check(null))).toBe("VOUCHER_NOT_REDEEMED");
    expect(codeOf(check(voucher({ status: "RESERVED", redeemedAt: null, daysDelivered: null })))).toBe("VOUCHER_NOT_REDEEMED");
    expect(codeOf(check(voucher({ status: "EXPIRED" })))).toBe("VOUCHER_NOT_REDEEMED");
    expect(codeOf(check(voucher({ partnerId: "p2" })))).toBe("VOUCHER_NOT_REDEEMED");
  });

  it("every voucher was redeemed under the request's location", () => {
    expect(codeOf(() => checkVouchersClaimable(["v1"], [voucher({ locationId: "l2" })], "p1", "l1"))).toBe("MIXED_LOCATIONS");
  });

  it("every offering is registered for the payment tool", () => {
    expect(codeOf(() => checkRegistered(["DDPS", "SDPS"], new Set(["DDPS"])))).toBe("PAYMENT_TOOL_NOT_REGISTERED");
    expect(codeOf(() => checkRegistered(["DDPS", "DDPS"], new Set(["DDPS"])))).toBeUndefined();
  });
});

describe("deadlines", () => {
  const redeemed = new Date("2026-03-10T12:00:00.000Z");
  it("submit within 60 days of each redemption", () => {
    expect(codeOf(() => checkSubmitDeadline([redeemed], new Date("2026-05-09T12:00:00.000Z"), 60))).toBeUndefined();
    expect(codeOf(() => checkSubmitDeadline([redeemed], new Date("2026-05-09T12:00:00.001Z"), 60))).toBe("DEADLINE_PASSED");
    const older = new Date("2026-01-01T00:00:00.000Z");
    expect(codeOf(() => checkSubmitDeadline([redeemed, older], new Date("2026-04-01T00:00:00.000Z"), 60))).toBe(
      "DEADLINE_PASSED",
    );
  });

  it("due 30 days after approval; overdue only while approved and past it", () => {
    const approvedAt = new Date("2026-05-01T00:00:00.000Z");
    const dueBy = dueByOf(approvedAt, 30);
    expect(dueBy.toISOString()).toBe("2026-05-31T00:00:00.000Z");
    expect(isOverdue("APPROVED", dueBy, new Date("2026-05-31T00:00:00.000Z"))).toBe(false);
    expect(isOverdue("APPROVED", dueBy, new Date("2026-05-31T00:00:00.001Z"))).toBe(true);
    expect(isOverdue("PAID", dueBy, new Date("2026-07-01T00:00:00.000Z"))).toBe(false);
    expect(isOverdue("SUBMITTED", null, new Date("2026-07-01T00:00:00.000Z"))).toBe(false);
  });
});

describe("the state machine", () => {
  it("DRAFT → SUBMITTED → APPROVED → PAID, SUBMITTED → DENIED", () => {
    expect(checkTransition("DRAFT", "submit")).toBe("SUBMITTED");
    expect(checkTransition("SUBMITTED", "approve")).toBe("APPROVED");
    expect(checkTransition("SUBMITTED", "deny")).toBe("DENIED");
    expect(checkTransition("APPROVED", "pay")).toBe("PAID");
    expect(checkTransition("DRAFT", "withdraw")).toBe("WITHDRAWN");
  });

  it("only a draft can be withdrawn", () => {
    for (const status of ["SUBMITTED", "APPROVED", "DENIED", "PAID", "WITHDRAWN"] as const) {
      expect(codeOf(() => checkTransition(status, "withdraw"))).toBe("INVALID_STATE");
    }
    expect(codeOf(() => checkTransition("WITHDRAWN", "submit"))).toBe("INVALID_STATE");
  });

  it("a denied or withdrawn request releases its vouchers, no other", () => {
    expect(releasesVouchers("DENIED")).toBe(true);
    expect(releasesVouchers("WITHDRAWN")).toBe(true);
    for (const status of ["DRAFT", "SUBMITTED", "APPROVED", "PAID"] as const) expect(releasesVouchers(status)).toBe(false);
  });

  it("refuses every other move with INVALID_STATE", () => {
    expect(codeOf(() => checkTransition("DRAFT", "approve"))).toBe("INVALID_STATE");
    expect(codeOf(() => checkTransition("DRAFT", "pay"))).toBe("INVALID_STATE");
    expect(codeOf(() => checkTransition("SUBMITTED", "pay"))).toBe("INVALID_STATE");
    expect(codeOf(() => checkTransition("APPROVED", "deny"))).toBe("INVALID_STATE");
    expect(codeOf(() => checkTransition("DENIED", "approve"))).toBe("INVALID_STATE");
    expect(codeOf(() => checkTransition("PAID", "pay"))).toBe("INVALID_STATE");
    expect(codeOf(() => checkTransition("SUBMITTED", "submit"))).toBe("INVALID_STATE");
  });

  it("a voucher's payment status follows its latest request", () => {
    expect(paymentStatusOf(null)).toBe("NOT_CLAIMED");
    expect(paymentStatusOf("DRAFT")).toBe("CLAIMED");
    expect(paymentStatusOf("SUBMITTED")).toBe("CLAIMED");
    expect(paymentStatusOf("APPROVED")).toBe("APPROVED");
    expect(paymentStatusOf("PAID")).toBe("PAID");
    expect(paymentStatusOf("DENIED")).toBe("DENIED");
    expect(paymentStatusOf("WITHDRAWN")).toBe("NOT_CLAIMED");
  });

  it("a reason and a payment reference are 1 to 2,000 characters", () => {
    expect(checkText("reason", "  wrong days  ")).toBe("wrong days");
    expect(codeOf(() => checkText("reason", "   "))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => checkText("reason", "x".repeat(2001)))).toBe("BAD_USER_INPUT");
  });
});

describe("reference numbers", () => {
  it('read "PR-" + year and month + "-" + 8 Crockford base32 characters', () => {
    const at = new Date("2026-11-24T10:00:00.000Z");
    expect(formatReferenceNumber(at, new Uint8Array([0, 1, 10, 31, 32, 255, 18, 22]))).toBe("PR-202611-01AZ0ZJP");
    for (let i = 0; i < 200; i++) expect(newReferenceNumber(at)).toMatch(REFERENCE_NUMBER);
    expect(formatReferenceNumber(new Date("2027-01-01T00:00:00Z"), new Uint8Array(8))).toBe("PR-202701-00000000");
  });

  it("never use the ambiguous letters I, L, O, U", () => {
    const all = Array.from({ length: 32 }, (_, i) => formatReferenceNumber(new Date(0), new Uint8Array(8).fill(i))).join("");
    expect(all).not.toMatch(/[ILOU]/);
  });
});

describe("bank accounts", () => {
  it("show only the last four characters", () => {
    expect(maskAccountNumber("DE89370400440532013000")).toBe("****3000");
    expect(maskAccountNumber("12345")).toBe("****2345");
  });

  it("store the number without spaces, in upper case", () => {
    expect(checkBankAccount({ holderName: "Contoso", accountNumber: "de89 3704 0044 0532 0130 00", currency: "EUR" })).toBe(
      "DE89370400440532013000",
    );
  });

  it("refuse a malformed number, an empty holder or an unknown currency", () => {
    expect(codeOf(() => checkBankAccount({ holderName: "C", accountNumber: "12", currency: "EUR" }))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => checkBankAccount({ holderName: " ", accountNumber: "123456", currency: "EUR" }))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => checkBankAccount({ holderName: "C", accountNumber: "123456", currency: "EUX" }))).toBe("BAD_USER_INPUT");
  });
});
