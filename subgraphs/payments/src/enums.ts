import { registerEnumType } from "type-graphql";

export const PAYMENT_REQUEST_STATUSES = ["DRAFT", "SUBMITTED", "APPROVED", "DENIED", "PAID", "WITHDRAWN"] as const;
export type PaymentRequestStatus = (typeof PAYMENT_REQUEST_STATUSES)[number];
export const PaymentRequestStatus = Object.fromEntries(PAYMENT_REQUEST_STATUSES.map((s) => [s, s])) as {
  [K in PaymentRequestStatus]: K;
};

export const PAYMENT_STATUSES = ["NOT_CLAIMED", "CLAIMED", "APPROVED", "PAID", "DENIED"] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];
export const PaymentStatus = Object.fromEntries(PAYMENT_STATUSES.map((s) => [s, s])) as { [K in PaymentStatus]: K };

registerEnumType(PaymentRequestStatus, {
  name: "PaymentRequestStatus",
  description: "DRAFT → SUBMITTED → APPROVED → PAID; SUBMITTED → DENIED; DRAFT → WITHDRAWN.",
});
registerEnumType(PaymentStatus, {
  name: "PaymentStatus",
  description: "Where a voucher stands in payment: CLAIMED while its request is a draft or submitted.",
});
