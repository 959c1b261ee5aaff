import { addDays, isDueWithin, recordDeadlineEvent } from "@psg/shared";
import type { EntityManager } from "typeorm";
import { ProgramEnrollment } from "./enrollment.entity";

export const ENROLLMENT_EXPIRING_DAYS = 30;

/**
 * Records `enrollment.expiring` once per enrolment term, 30 days before it ends, for every
 * enrolment then due; the number recorded.
 */
export async function recordEnrollmentDeadlines(manager: EntityManager, now: Date): Promise<number> {
  const due = await manager
    .getRepository(ProgramEnrollment)
    .createQueryBuilder("e")
    .where("e.expiresAt > :now AND e.expiresAt <= :horizon", {
      now,
      horizon: addDays(now, ENROLLMENT_EXPIRING_DAYS),
    })
    .getMany();
  let recorded = 0;
  for (const enrollment of due) {
    if (!isDueWithin(enrollment.expiresAt, ENROLLMENT_EXPIRING_DAYS, now)) continue;
    const fired = await manager.transaction((tx) =>
      recordDeadlineEvent(
        tx,
        `enrollment.expiring:${enrollment.expiresAt.toISOString()}`,
        {
          type: "enrollment.expiring",
          subjectType: "enrollment",
          subjectId: enrollment.id,
          audiences: [{ kind: "PARTNER", id: enrollment.partnerId }],
          data: {
            id: enrollment.id,
            partnerId: enrollment.partnerId,
            offeringCode: enrollment.offeringCode,
            expiresAt: enrollment.expiresAt.toISOString(),
            daysBefore: ENROLLMENT_EXPIRING_DAYS,
          },
        },
        now,
      ),
    );
    if (fired) recorded += 1;
  }
  return recorded;
}
