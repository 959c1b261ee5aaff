import { registerEnumType } from "type-graphql";

export const VOUCHER_STATUSES = ["ASSIGNED", "RESERVED", "REDEEMED", "EXPIRED", "CANCELLED"] as const;
export type VoucherStatus = (typeof VOUCHER_STATUSES)[number];
export const VoucherStatus = Object.fromEntries(VOUCHER_STATUSES.map((s) => [s, s])) as { [K in VoucherStatus]: K };
registerEnumType(VoucherStatus, { name: "VoucherStatus", description: "Where a voucher stands, as of now." });
