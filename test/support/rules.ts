import { DomainError } from "@psg/shared";

/**
 * The code a pure rule throws, or undefined when it passes; any other error (a bug) is
 * thrown on, so it can never pass for a refusal.
 */
export const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
};
