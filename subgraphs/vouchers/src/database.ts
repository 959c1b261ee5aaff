import { CompletionReport } from "./completion-report/completion-report.entity";
import { Benefit } from "./customer/benefit.entity";
import { Customer } from "./customer/customer.entity";
import { Engagement } from "./engagement/engagement.entity";
import { Customers1732400000000 } from "./migrations/1732400000000-customers";
import { VouchersEngagements1732500000000 } from "./migrations/1732500000000-vouchers-engagements";
import { Outbox1732650000000 } from "./migrations/1732650000000-outbox";
import { ValidationFailuresByOrganization1732710000000 } from "./migrations/1732710000000-validation-failures-by-organization";
import { IdempotencyKeys1732720000000 } from "./migrations/1732720000000-idempotency-keys";
import { ListIndexes1733000000000 } from "./migrations/1733000000000-list-indexes";
import { DeadlineEvents1733100000000 } from "./migrations/1733100000000-deadline-events";
import { VoucherOffers1733100000000 } from "./migrations/1733100000000-voucher-offers";
import { VoucherClaims1733200000000 } from "./migrations/1733200000000-voucher-claims";
import { Voucher } from "./voucher/voucher.entity";
import { VoucherOffer } from "./voucher/voucher-offer.entity";

export const SCHEMA = "vouchers";
export const entities = [Customer, Benefit, Voucher, Engagement, CompletionReport, VoucherOffer];
export const migrations = [
  Customers1732400000000,
  VouchersEngagements1732500000000,
  Outbox1732650000000,
  ValidationFailuresByOrganization1732710000000,
  IdempotencyKeys1732720000000,
  ListIndexes1733000000000,
  DeadlineEvents1733100000000,
  VoucherOffers1733100000000,
  VoucherClaims1733200000000,
];
