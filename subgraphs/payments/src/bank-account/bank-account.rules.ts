import { DomainError, isCurrencyCode } from "@psg/shared";

/** An account number is shown as its last four characters only, without revealing its length. */
export const maskAccountNumber = (accountNumber: string): string => `****${accountNumber.slice(-4)}`;

/** Account numbers are stored without spaces, in upper case (IBANs are printed in groups). */
export const normalizeAccountNumber = (accountNumber: string): string => accountNumber.replace(/[\s-]/g, "").toUpperCase();

/** A bank account has a holder, an account number of 5 to 34 letters and digits (IBAN's maximum), and a currency. */
export function checkBankAccount(input: { holderName: string; accountNumber: string; currency: string }): string {
  if (input.holderName.trim() === "" || input.holderName.length > 200) {
    throw new DomainError("BAD_USER_INPUT", "holderName must be 1 to 200 characters.");
  }
  const accountNumber = normalizeAccountNumber(input.accountNumber);
  if (!/^[A-Z0-9]{5,34}$/.test(accountNumber)) {
    throw new DomainError("BAD_USER_INPUT", "accountNumber must be 5 to 34 letters and digits.");
  }
  if (!isCurrencyCode(input.currency)) {
    throw new DomainError("BAD_USER_INPUT", `currency must be ISO 4217, got "${input.currency}".`);
  }
  return accountNumber;
}
