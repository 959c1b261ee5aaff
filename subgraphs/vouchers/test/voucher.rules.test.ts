import { codeOf } from "@psg/testing";
import {
  checkNewVoucher,
  checkPlannedDates,
  checkPlannedLength,
  checkTermsAccepted,
  effectiveStatus,
  formatVoucherNumber,
  type NewVoucherFacts,
  normalizeVoucherNumber,
  requireVoucherStatus,
  returnsDaysOnExpiry,
  voucherExpiresAt,
} from "../src/voucher/voucher.rules";

describe("voucher numbers", () => {
  it("are PSV- and 16 Crockford base32 characters in groups of 4", () => {
    expect(formatVoucherNumber(new Uint8Array(10))).toBe("PSV-0000-0000-0000-0000");
    expect(formatVoucherNumber(new Uint8Array(10).fill(255))).toBe("PSV-ZZZZ-ZZZZ-ZZZZ-ZZZZ");
    expect(formatVoucherNumber(Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]))).toBe("PSV-0000-0000-0000-0001");
  });

  it("use all 80 bits", () => {
    const a = formatVoucherNumber(Uint8Array.from([128, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    expect(a).toBe("PSV-G000-0000-0000-0000");
  });

  it("refuse a wrong amount of randomness", () => {
    expect(() => formatVoucherNumber(new Uint8Array(8))).toThrow();
  });

  it("are read loosely: case, spaces, dashes and look-alike letters", () => {
    expect(normalizeVoucherNumber(" psv-abcd efgh-jkmn-pqio ")).toBe("PSV-ABCD-EFGH-JKMN-PQ10");
    expect(normalizeVoucherNumber("ABCDEFGHJKMNPQRS")).toBe("PSV-ABCD-EFGH-JKMN-PQRS");
    expect(normalizeVoucherNumber("short")).toBe("short");
  });
});

describe("expiry", () => {
  const created = new Date("2026-01-01T10:00:00Z");
  const expiresAt = voucherExpiresAt(created, 180);

  it("is 180 days after creation", () => {
    expect(expiresAt.toISOString()).toBe("2026-06-30T10:00:00.000Z");
  });

  it("reads an open voucher as EXPIRED from its expiry instant on", () => {
    expect(effectiveStatus({ status: "ASSIGNED", expiresAt }, new Date("2026-06-30T09:59:59Z"))).toBe("ASSIGNED");
    expect(effectiveStatus({ status: "ASSIGNED", expiresAt }, expiresAt)).toBe("EXPIRED");
    expect(effectiveStatus({ status: "RESERVED", expiresAt }, new Date("2027-01-01T00:00:00Z"))).toBe("EXPIRED");
  });

  it("leaves redeemed and cancelled vouchers as they are", () => {
    const later = new Date("2027-01-01T00:00:00Z");
    expect(effectiveStatus({ status: "REDEEMED", expiresAt }, later)).toBe("REDEEMED");
    expect(effectiveStatus({ status: "CANCELLED", expiresAt }, later)).toBe("CANCELLED");
  });

  it("returns days only while SA coverage lasts", () => {
    expect(returnsDaysOnExpiry(expiresAt, "2026-06-30")).toBe(true);
    expect(returnsDaysOnExpiry(expiresAt, "2026-06-29")).toBe(false);
  });
});

describe("creating a voucher", () => {
  const ok: NewVoucherFacts = {
    benefitStatus: "ACTIVATED",
    remainingDays: 10,
    offering: { status: "ACTIVE", allowedServiceLevels: [1, 3, 5, 10, 15] },
    serviceLevelDays: 5,
    assigneeName: "Pat",
    assigneeEmail: "pat@example.com",
  };

  it("passes when every condition holds", () => {
    expect(codeOf(() => checkNewVoucher(ok))).toBeUndefined();
  });

  it.each([
    [{ benefitStatus: "AVAILABLE" as const }, "BENEFIT_NOT_ACTIVATED"],
    [{ remainingDays: 4 }, "INSUFFICIENT_DAYS"],
    [{ serviceLevelDays: 4 }, "INVALID_SERVICE_LEVEL"],
    [{ offering: { status: "ACTIVE", allowedServiceLevels: [1, 3] } }, "INVALID_SERVICE_LEVEL"],
    [{ offering: { status: "RETIRED", allowedServiceLevels: [5] } }, "OFFERING_RETIRED"],
    [{ offering: null }, "NOT_FOUND"],
    [{ assigneeEmail: "not-an-address" }, "BAD_USER_INPUT"],
    [{ assigneeName: " " }, "BAD_USER_INPUT"],
  ])("refuses %o with %s", (change, code) => {
    expect(codeOf(() => checkNewVoucher({ ...ok, ...change }))).toBe(code);
  });
});

describe("reserving", () => {
  const now = new Date("2026-03-10T12:00:00Z");
  const expiresAt = new Date("2026-06-30T10:00:00Z");

  it("needs the terms accepted", () => {
    expect(codeOf(() => checkTermsAccepted(false))).toBe("AGREEMENT_NOT_ACCEPTED");
    expect(codeOf(() => checkTermsAccepted(true))).toBeUndefined();
  });

  it("plans from today to the expiry day at the latest", () => {
    expect(codeOf(() => checkPlannedDates("2026-03-10", "2026-06-30", now, expiresAt))).toBeUndefined();
    expect(codeOf(() => checkPlannedDates("2026-03-09", "2026-03-12", now, expiresAt))).toBe("INVALID_DATES");
    expect(codeOf(() => checkPlannedDates("2026-03-12", "2026-03-11", now, expiresAt))).toBe("INVALID_DATES");
    expect(codeOf(() => checkPlannedDates("2026-06-29", "2026-07-01", now, expiresAt))).toBe("INVALID_DATES");
  });

  it("plans no longer than the service level, which is no longer than the type allows", () => {
    expect(codeOf(() => checkPlannedLength("2026-03-10", "2026-03-14", 5, 15))).toBeUndefined();
    expect(codeOf(() => checkPlannedLength("2026-03-10", "2026-03-15", 5, 15))).toBe("ENGAGEMENT_TOO_LONG");
    expect(codeOf(() => checkPlannedLength("2026-03-10", "2026-03-10", 10, 5))).toBe("ENGAGEMENT_TOO_LONG");
  });
});

describe("state errors", () => {
  it.each([
    ["ASSIGNED", "RESERVED", "VOUCHER_NOT_RESERVED"],
    ["RESERVED", "ASSIGNED", "VOUCHER_ALREADY_RESERVED"],
    ["REDEEMED", "RESERVED", "VOUCHER_ALREADY_REDEEMED"],
    ["EXPIRED", "ASSIGNED", "VOUCHER_EXPIRED"],
    ["CANCELLED", "ASSIGNED", "VOUCHER_CANCELLED"],
  ] as const)("a %s voucher asked to be %s gives %s", (actual, expected, code) => {
    expect(codeOf(() => requireVoucherStatus(actual, expected))).toBe(code);
    expect(codeOf(() => requireVoucherStatus(expected, expected))).toBeUndefined();
  });
});
