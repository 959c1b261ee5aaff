import { codeOf } from "@psg/testing";
import { requireHolder } from "../src/engagement/engagement.access";
import {
  checkDelivery,
  checkRedeemable,
  checkStart,
  type DeliveryFacts,
  requireEngagementStatus,
} from "../src/engagement/engagement.rules";

const now = new Date("2026-03-20T12:00:00Z");

describe("engagement rules", () => {
  it("steps follow the state machine", () => {
    expect(codeOf(() => requireEngagementStatus("SCHEDULED", "SCHEDULED"))).toBeUndefined();
    expect(codeOf(() => requireEngagementStatus("DELIVERED", "IN_DELIVERY"))).toBe("INVALID_STATE");
  });

  it("only the holder acts; operators may", () => {
    expect(codeOf(() => requireHolder("p1", "p1", false))).toBeUndefined();
    expect(codeOf(() => requireHolder("p1", "p2", false))).toBe("FORBIDDEN");
    expect(codeOf(() => requireHolder(null, "p2", false))).toBe("FORBIDDEN");
    expect(codeOf(() => requireHolder("p1", null, true))).toBeUndefined();
  });

  it("starts with at least one consultant, not in the future", () => {
    const created = new Date("2026-03-01T00:00:00Z");
    expect(codeOf(() => checkStart(["c"], "2026-03-20", now, created))).toBeUndefined();
    expect(codeOf(() => checkStart([], "2026-03-20", now, created))).toBe("CONSULTANT_NOT_QUALIFIED");
    expect(codeOf(() => checkStart(["c"], "2026-03-21", now, created))).toBe("INVALID_DATES");
    expect(codeOf(() => checkStart(["c"], "2026-02-28", now, created))).toBe("INVALID_DATES");
  });

  const ok: DeliveryFacts = {
    actualStart: "2026-03-16",
    actualEnd: "2026-03-20",
    daysDelivered: 5,
    offsiteDays: 3,
    serviceLevelDays: 5,
    maxOffsiteDays: 3,
  };

  it.each([
    [{}, undefined],
    [{ daysDelivered: 6 }, "ENGAGEMENT_TOO_LONG"],
    [{ daysDelivered: 16, serviceLevelDays: 20 }, "ENGAGEMENT_TOO_LONG"],
    [{ daysDelivered: 0 }, "BAD_USER_INPUT"],
    [{ offsiteDays: 4, daysDelivered: 5 }, "OFFSITE_LIMIT_EXCEEDED"],
    [{ offsiteDays: 2, maxOffsiteDays: 1 }, "OFFSITE_LIMIT_EXCEEDED"],
    [{ actualEnd: "2026-03-15" }, "INVALID_DATES"],
    [{ actualEnd: "2026-03-21" }, "INVALID_DATES"],
  ])("delivery %o gives %s", (change, code) => {
    expect(codeOf(() => checkDelivery({ ...ok, ...change }, now))).toBe(code);
  });

  it("redeems only a reported engagement", () => {
    expect(codeOf(() => checkRedeemable("REPORTED"))).toBeUndefined();
    expect(codeOf(() => checkRedeemable("DELIVERED"))).toBe("COMPLETION_REPORT_MISSING");
    expect(codeOf(() => checkRedeemable(null))).toBe("COMPLETION_REPORT_MISSING");
  });
});
