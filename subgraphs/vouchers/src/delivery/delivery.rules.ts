import { DomainError } from "@psg/shared";
import type { EngagementStatus } from "../engagement/engagement-status";
import { refuseVoucherStatus, requireVoucherStatus } from "../voucher/voucher.rules";
import type { VoucherStatus } from "../voucher/voucher-status";

/**
 * Every delivery step needs the voucher still reserved and its engagement standing: an
 * expired voucher says so first, and a cancelled engagement says nothing about what became
 * of its voucher since.
 */
export function checkDeliveryStanding(voucherStatus: VoucherStatus, engagementStatus: EngagementStatus): void {
  if (voucherStatus === "EXPIRED") refuseVoucherStatus(voucherStatus);
  if (engagementStatus === "CANCELLED") throw new DomainError("INVALID_STATE", "The engagement was cancelled.");
  requireVoucherStatus(voucherStatus, "RESERVED");
}
