import { money } from "../src/money/money";
import { rateOn } from "../src/rate-card/rate-card.rules";

describe("money", () => {
  it("formats minor units with the currency's exponent, without floats", () => {
    expect(money(110000n, "EUR")).toEqual({ amountMinor: "110000", amount: "1100.00", currency: "EUR" });
    expect(money(5n, "USD").amount).toBe("0.05");
    expect(money(1500n, "JPY").amount).toBe("1500");
    expect(money(1234n, "KWD").amount).toBe("1.234");
    expect(money(900719925474099312345n, "EUR").amount).toBe("9007199254740993123.45");
  });
});

describe("rateOn", () => {
  const rates = [{ validFrom: "2026-01-01" }, { validFrom: "2026-07-01" }];
  it("picks the latest rate that started on or before the date", () => {
    expect(rateOn(rates, "2025-12-31")).toBeUndefined();
    expect(rateOn(rates, "2026-01-01")).toBe(rates[0]);
    expect(rateOn(rates, "2026-06-30")).toBe(rates[0]);
    expect(rateOn(rates, "2026-07-01")).toBe(rates[1]);
  });
});
