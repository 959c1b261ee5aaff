import { canActFor, fail, type Principal } from "@psg/shared";
import { noSuchVoucher } from "../voucher/voucher.access";
import type { Voucher } from "../voucher/voucher.entity";

/** Reserving by id needs an open offer to the caller's partner; an unknown id reads the same (domain.md). */
export const notOffered = (): never =>
  fail("VOUCHER_NOT_OFFERED", "This voucher is not offered to your partner; reserve it with its number and e-mail.");

export const alreadyOffered = (): never =>
  fail("VOUCHER_ALREADY_OFFERED", "This voucher is already offered to a partner; withdraw that offer first.");

/** Only the voucher's customer (and operators) offer it or withdraw the offer; anyone else is told it does not exist. */
export function requireOfferingCustomer(p: Principal, voucher: Pick<Voucher, "customerId">): void {
  if (!canActFor(p, "CUSTOMER", voucher.customerId)) noSuchVoucher();
}
