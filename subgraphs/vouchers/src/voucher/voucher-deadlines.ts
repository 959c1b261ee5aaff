import { addDays, isDueWithin, recordDeadlineEvent } from "@psg/shared";
import { type EntityManager, In } from "typeorm";
import { Voucher } from "./voucher.entity";
import { persistExpiries } from "./voucher.expiry";
import { voucherAudiences, voucherEventData } from "./voucher.transitions";

/** `voucher.expiring` fires this many days before a voucher's expiry, once each. */
export const VOUCHER_EXPIRING_DAYS = [30, 7] as const;

/**
 * The vouchers' time-driven events at `now`: `voucher.expiring` 30 and 7 days before the
 * expiry of every open voucher (once each), and the expiry of every voucher past it (which
 * records `voucher.expired`, once, as the voucher moves to EXPIRED). The number recorded.
 */
export async function recordVoucherDeadlines(manager: EntityManager, now: Date): Promise<number> {
  const horizon = addDays(now, Math.max(...VOUCHER_EXPIRING_DAYS));
  const open = await manager
    .getRepository(Voucher)
    .createQueryBuilder("v")
    .where({ status: In(["ASSIGNED", "RESERVED"]) })
    .andWhere("v.expiresAt > :now AND v.expiresAt <= :horizon", { now, horizon })
    .getMany();
  let recorded = 0;
  for (const voucher of open) {
    for (const daysBefore of VOUCHER_EXPIRING_DAYS) {
      if (!isDueWithin(voucher.expiresAt, daysBefore, now)) continue;
      const fired = await manager.transaction((tx) =>
        recordDeadlineEvent(
          tx,
          `voucher.expiring:${daysBefore}`,
          {
            type: "voucher.expiring",
            subjectType: "voucher",
            subjectId: voucher.id,
            audiences: voucherAudiences(voucher),
            data: { ...voucherEventData(voucher), daysBefore },
          },
          now,
        ),
      );
      if (fired) recorded += 1;
    }
  }
  return recorded + (await persistExpiries(manager, now, "all"));
}
