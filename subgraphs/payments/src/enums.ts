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
  valuesConfig: {
    DRAFT: { description: "Created by the partner, priced, not yet sent to the program; may be withdrawn." },
    SUBMITTED: { description: "Sent to the program; waits for an operator to approve or deny it." },
    APPROVED: { description: "Approved by an operator; due to be paid within 30 days." },
    DENIED: { description: "Denied by an operator, with a reason; its vouchers are free for a corrected request." },
    PAID: { description: "Paid by the program: final." },
    WITHDRAWN: { description: "Withdrawn by the partner while a draft; its vouchers are free again." },
  },
});
registerEnumType(PaymentStatus, {
  name: "PaymentStatus",
  description: "Where a voucher stands in payment: CLAIMED while its request is a draft or submitted.",
  valuesConfig: {
    NOT_CLAIMED: { description: "In no payment request, or its latest one was withdrawn." },
    CLAIMED: { description: "In a payment request that is a draft or submitted." },
    APPROVED: { description: "In a payment request an operator approved." },
    PAID: { description: "In a payment request the program paid." },
    DENIED: { description: "Its last payment request was denied; it may go into a corrected one." },
  },
});
