import { addDays, DomainError, toDateString } from "@psg/shared";

/** A partner whose membership ends within this many days must renew it before enrolling. */
export const MEMBERSHIP_RENEWAL_WINDOW_DAYS = 90;

export interface Membership {
  membershipStart: string;
  membershipEnd: string;
}

/** A membership is active from its first through its last day (UTC calendar dates). */
export const membershipActive = (m: Membership, at: Date): boolean => {
  const today = toDateString(at);
  return m.membershipStart <= today && today <= m.membershipEnd;
};

/** A partner whose membership ends within 90 days must renew its membership first. */
export const membershipRenewalRequired = (m: Membership, at: Date): boolean =>
  m.membershipEnd < toDateString(addDays(at, MEMBERSHIP_RENEWAL_WINDOW_DAYS));

/** A partner has an MPN id (digits), a legal name, and a membership that ends no earlier than it starts. */
export function checkNewPartner(input: { mpnId: string; legalName: string } & Membership): void {
  if (!/^\d{4,20}$/.test(input.mpnId)) throw new DomainError("BAD_USER_INPUT", "mpnId must be 4 to 20 digits.");
  if (input.legalName.trim() === "" || input.legalName.length > 200) {
    throw new DomainError("BAD_USER_INPUT", "legalName must be 1 to 200 characters.");
  }
  checkMembershipDates(input);
}

/** A membership ends no earlier than it starts. */
export function checkMembershipDates(m: Membership): void {
  if (m.membershipEnd < m.membershipStart) {
    throw new DomainError("BAD_USER_INPUT", "membershipEnd must not be before membershipStart.");
  }
}

/** Search matches a legal name from its beginning, case-insensitively, or an exact MPN id. */
export const searchPrefix = (search: string): string =>
  `${search
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
