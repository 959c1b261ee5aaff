import { DomainError, isEmailAddress, toDateString } from "@psg/shared";

export interface Pass {
  examCode: string;
  passedAt: string;
  expiresAt: string;
}

/** A consultant is qualified by an unexpired pass of an exam of one of the qualifying competencies. */
export const consultantQualified = (
  passes: Pass[],
  competencyOfExam: (examCode: string) => string | undefined,
  qualifyingCompetencies: string[],
  at: Date,
): boolean => {
  const today = toDateString(at);
  return passes.some((p) => {
    const competency = competencyOfExam(p.examCode);
    return competency !== undefined && qualifyingCompetencies.includes(competency) && p.passedAt <= today && today <= p.expiresAt;
  });
};

/** A consultant has a name and a plausible e-mail address. */
export function checkNewConsultant(input: { name: string; email: string }): void {
  if (input.name.trim() === "" || input.name.length > 200)
    throw new DomainError("BAD_USER_INPUT", "name must be 1 to 200 characters.");
  if (!isEmailAddress(input.email) || input.email.length > 254) {
    throw new DomainError("BAD_USER_INPUT", `"${input.email}" is not an e-mail address.`);
  }
}
