import { addYears, dateAfter, daysInclusive, requestNow } from "../src/clock";
import { DomainError } from "../src/errors";

describe("requestNow", () => {
  const clock = { now: () => new Date("2026-01-01T00:00:00Z") };

  it("uses the header only when sandbox time is on", () => {
    expect(requestNow("2030-05-06T07:08:09Z", true, clock).toISOString()).toBe("2030-05-06T07:08:09.000Z");
    expect(requestNow("2030-05-06T07:08:09Z", false, clock).toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(requestNow(undefined, true, clock).toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  it("refuses a header that is not an ISO date-time", () => {
    expect(() => requestNow("tomorrow", true, clock)).toThrow(DomainError);
    expect(() => requestNow("2030-13-45T00:00:00Z", true, clock)).toThrow(DomainError);
  });
});

it("counts days inclusively", () => {
  expect(daysInclusive("2026-01-01", "2026-01-01")).toBe(1);
  expect(daysInclusive("2026-02-27", "2026-03-01")).toBe(3);
});

it("adds calendar years in UTC", () => {
  expect(addYears(new Date("2026-03-15T10:20:30.400Z"), 1).toISOString()).toBe("2027-03-15T10:20:30.400Z");
  expect(addYears(new Date("2028-02-29T12:00:00Z"), 1).toISOString()).toBe("2029-03-01T12:00:00.000Z");
});

it("moves a calendar date by days, across months and backwards", () => {
  expect(dateAfter("2026-02-27", 2)).toBe("2026-03-01");
  expect(dateAfter("2026-03-01", -1)).toBe("2026-02-28");
});
