import { registerEnumType } from "type-graphql";

export const ENGAGEMENT_STATUSES = ["SCHEDULED", "IN_DELIVERY", "DELIVERED", "REPORTED", "CANCELLED"] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];
export const EngagementStatus = Object.fromEntries(ENGAGEMENT_STATUSES.map((s) => [s, s])) as { [K in EngagementStatus]: K };
registerEnumType(EngagementStatus, {
  name: "EngagementStatus",
  description: "Where an engagement stands in its delivery.",
  valuesConfig: {
    SCHEDULED: { description: "Planned at reservation; not started." },
    IN_DELIVERY: { description: "Started by qualified consultants." },
    DELIVERED: { description: "Marked delivered with the actual days; waits for its completion report." },
    REPORTED: { description: "Its completion report is submitted; the voucher may be redeemed." },
    CANCELLED: { description: "Its reservation was cancelled before delivery started." },
  },
});
