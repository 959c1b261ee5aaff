import { canActFor, fail, type Principal } from "@psg/shared";
import { noSuchVoucher } from "../voucher/voucher.access";
import type { Voucher } from "../voucher/voucher.entity";

export const alreadyOffered = (): never =>
  fail("VOUCHER_ALREADY_OFFERED", "This voucher is already offered to a partner; withdraw that offer first.");

/** Only the voucher's customer (and operators) offer it or withdraw the offer; anyone else is told it does not exist. */
export function requireOfferingCustomer(p: Principal, voucher: Pick<Voucher, "customerId">): void {
  if (!canActFor(p, "CUSTOMER", voucher.customerId)) noSuchVoucher();
}
