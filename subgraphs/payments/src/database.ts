import { BankAccount } from "./bank-account/bank-account.entity";
import { RateCards1732400000000 } from "./migrations/1732400000000-rate-cards";
import { PaymentRequests1732500000000 } from "./migrations/1732500000000-payment-requests";
import { WithdrawnPaymentRequests1732600000000 } from "./migrations/1732600000000-withdrawn-payment-requests";
import { Outbox1732650000000 } from "./migrations/1732650000000-outbox";
import { IdempotencyKeys1732720000000 } from "./migrations/1732720000000-idempotency-keys";
import { ListIndexes1733000000000 } from "./migrations/1733000000000-list-indexes";
import { DeadlineEvents1733100000000 } from "./migrations/1733100000000-deadline-events";
import { OverdueIndex1733100000000 } from "./migrations/1733100000000-overdue-index";
import { PaymentRequest } from "./payment-request/payment-request.entity";
import { PaymentRequestLine } from "./payment-request/payment-request-line.entity";
import { PaymentToolRegistration } from "./payment-tool/payment-tool-registration.entity";
import { RateCard } from "./rate-card/rate-card.entity";

export const SCHEMA = "payments";
export const entities = [RateCard, PaymentToolRegistration, BankAccount, PaymentRequest, PaymentRequestLine];
export const migrations = [
  RateCards1732400000000,
  PaymentRequests1732500000000,
  WithdrawnPaymentRequests1732600000000,
  Outbox1732650000000,
  IdempotencyKeys1732720000000,
  ListIndexes1733000000000,
  DeadlineEvents1733100000000,
  OverdueIndex1733100000000,
];
