import { registerEnumType } from "type-graphql";

export const VOUCHER_STATUSES = ["ASSIGNED", "RESERVED", "REDEEMED", "EXPIRED", "CANCELLED"] as const;
export type VoucherStatus = (typeof VOUCHER_STATUSES)[number];
export const VoucherStatus = Object.fromEntries(VOUCHER_STATUSES.map((s) => [s, s])) as { [K in VoucherStatus]: K };
registerEnumType(VoucherStatus, {
  name: "VoucherStatus",
  description: "Where a voucher stands, as of now.",
  valuesConfig: {
    ASSIGNED: { description: "Created and assigned to a project manager; a partner may validate and reserve it." },
    RESERVED: { description: "Held by one partner for an engagement; only that partner sees and changes it." },
    REDEEMED: { description: "Delivered and reported; the partner may ask the program for payment." },
    EXPIRED: { description: "Not redeemed by expiresAt; unused days went back to the pool while SA coverage lasts." },
    CANCELLED: { description: "Withdrawn by the customer while assigned; its days went back to the pool." },
  },
});
