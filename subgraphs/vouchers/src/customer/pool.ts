import type { EntityManager } from "typeorm";
import { Benefit } from "./benefit.entity";

/**
 * Takes a voucher's days from the customer's pool, only while the benefit is activated and
 * the pool holds them (a conditional update, so two vouchers never share the last days).
 */
export async function takeDays(manager: EntityManager, customerId: string, days: number): Promise<boolean> {
  const taken = await manager
    .createQueryBuilder()
    .update(Benefit)
    .set({ remainingDays: () => `"remaining_days" - :days` })
    .where(`"customer_id" = :customerId AND "status" = 'ACTIVATED' AND "remaining_days" >= :days`, { customerId, days })
    .execute();
  return taken.affected === 1;
}

/** Gives days back to the customer's pool (a cancelled voucher, an expired one while SA coverage lasted). */
export async function returnDays(manager: EntityManager, customerId: string, days: number): Promise<void> {
  if (days > 0) await manager.increment(Benefit, { customerId }, "remainingDays", days);
}
