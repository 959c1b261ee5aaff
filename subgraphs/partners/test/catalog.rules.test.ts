import { checkEngagementTypeShape, meetsLevel } from "../src/catalog/catalog.rules";

describe("catalog rules", () => {
  it("Silver means Silver or Gold; Gold means Gold", () => {
    expect(meetsLevel("GOLD", "SILVER")).toBe(true);
    expect(meetsLevel("SILVER", "SILVER")).toBe(true);
    expect(meetsLevel("SILVER", "GOLD")).toBe(false);
  });

  it("service levels are a subset of 1, 3, 5, 10, 15 within the maximum", () => {
    expect(() => checkEngagementTypeShape([1, 3, 5, 10, 15], 15, 1)).not.toThrow();
    expect(() => checkEngagementTypeShape([2], 15, 1)).toThrow(/not 2/);
    expect(() => checkEngagementTypeShape([10], 5, 1)).toThrow(/exceed/);
    expect(() => checkEngagementTypeShape([1], 16, 1)).toThrow(/maxDays/);
    expect(() => checkEngagementTypeShape([], 15, 1)).toThrow(/at least one/);
    expect(() => checkEngagementTypeShape([1], 15, 0)).toThrow(/competency/);
  });
});
