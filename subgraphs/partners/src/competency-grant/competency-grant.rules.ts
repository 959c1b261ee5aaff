import { DomainError, toDateString } from "@psg/shared";
import { meetsLevel } from "../catalog/catalog.rules";
import type { CompetencyLevel } from "../enums";

export interface HeldCompetency {
  competencyCode: string;
  level: CompetencyLevel;
  attainedAt: string;
  expiresAt: string;
}

export interface Requirement {
  competencyCode: string;
  minimumLevel: CompetencyLevel;
}

/** Lapsed = expired: a competency counts from the day it is attained through its expiry date. */
export const competencyLapsed = (held: Pick<HeldCompetency, "expiresAt">, at: Date): boolean => held.expiresAt < toDateString(at);

/** Held, attained and not lapsed at that instant. */
export const competencyActive = (held: HeldCompetency, at: Date): boolean =>
  held.attainedAt <= toDateString(at) && !competencyLapsed(held, at);

/** A partner qualifies when it actively holds any one of the requirements at the required level (Gold meets Silver). */
export const holdsQualifyingCompetency = (held: HeldCompetency[], requirements: Requirement[], at: Date): boolean =>
  requirements.some((r) =>
    held.some((h) => h.competencyCode === r.competencyCode && meetsLevel(h.level, r.minimumLevel) && competencyActive(h, at)),
  );

/** A granted competency or exam pass runs from a date to a date no earlier. */
export function checkValidityDates(what: string, from: string, to: string): void {
  if (to < from) throw new DomainError("BAD_USER_INPUT", `${what}: expiresAt must not be before ${from}.`);
}
