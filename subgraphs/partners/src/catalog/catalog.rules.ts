import { DomainError } from "@psg/shared";
import type { CompetencyLevel } from "../enums";

/** The program's service levels, in days (domain.md). */
export const SERVICE_LEVELS = [1, 3, 5, 10, 15] as const;
/** No engagement is longer than this many days. */
export const MAX_ENGAGEMENT_DAYS = 15;

const CODE = /^[A-Z][A-Z0-9_]{1,49}$/;

export function checkCode(what: string, code: string): void {
  if (!CODE.test(code)) {
    throw new DomainError("BAD_USER_INPUT", `${what} code must be 2 to 50 upper-case letters, digits or _, got "${code}".`);
  }
}

export function checkName(what: string, name: string): void {
  if (name.trim().length === 0 || name.length > 200) {
    throw new DomainError("BAD_USER_INPUT", `${what} name must be 1 to 200 characters.`);
  }
}

/** Allowed service levels are a non-empty subset of 1, 3, 5, 10, 15, none above the maximum of at most 15 days. */
export function checkEngagementTypeShape(allowedServiceLevels: number[], maxDays: number, requirementCount: number): void {
  if (!Number.isInteger(maxDays) || maxDays < 1 || maxDays > MAX_ENGAGEMENT_DAYS) {
    throw new DomainError("BAD_USER_INPUT", `maxDays must be from 1 to ${MAX_ENGAGEMENT_DAYS}.`);
  }
  if (allowedServiceLevels.length === 0) {
    throw new DomainError("BAD_USER_INPUT", "allowedServiceLevels needs at least one service level.");
  }
  const odd = allowedServiceLevels.filter((level) => !(SERVICE_LEVELS as readonly number[]).includes(level));
  if (odd.length > 0) {
    throw new DomainError("BAD_USER_INPUT", `Service levels are ${SERVICE_LEVELS.join(", ")} days; not ${odd.join(", ")}.`);
  }
  const tooLong = allowedServiceLevels.filter((level) => level > maxDays);
  if (tooLong.length > 0) {
    throw new DomainError("BAD_USER_INPUT", `Service levels ${tooLong.join(", ")} exceed maxDays ${maxDays}.`);
  }
  if (requirementCount === 0) {
    throw new DomainError("BAD_USER_INPUT", "An engagement type needs at least one qualifying competency.");
  }
}

const LEVEL_RANK: Record<CompetencyLevel, number> = { SILVER: 1, GOLD: 2 };

/** "Silver" means Silver or Gold. */
export const meetsLevel = (held: CompetencyLevel, required: CompetencyLevel): boolean => LEVEL_RANK[held] >= LEVEL_RANK[required];
