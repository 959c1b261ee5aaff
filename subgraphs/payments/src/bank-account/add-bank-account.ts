import { createRecorded, DomainError, type RequestContext } from "@psg/shared";
import { requirePartnerLocation } from "../clients/partners";
import { requireActingForPartner } from "../federation/partner.access";
import { BankAccount } from "./bank-account.entity";
import { checkBankAccount, maskAccountNumber } from "./bank-account.rules";
import type { AddBankAccountInput } from "./bank-account.type";

/** The account one of the partner's locations is paid to; one per location. */
export async function addBankAccount(ctx: RequestContext, input: AddBankAccountInput): Promise<BankAccount> {
  const partnerId = requireActingForPartner(ctx.principal, input.partnerId);
  const accountNumber = checkBankAccount(input);
  await requirePartnerLocation(ctx, partnerId, input.locationId);
  return createRecorded(
    ctx,
    BankAccount,
    {
      partnerId,
      locationId: input.locationId,
      holderName: input.holderName.trim(),
      accountNumber,
      currency: input.currency,
      createdAt: ctx.now,
    },
    {
      resource: "bank_account",
      after: (saved) => ({ ...saved, accountNumber: maskAccountNumber(accountNumber) }),
      constraint: "bank_accounts_one_per_location",
      duplicate: () => {
        throw new DomainError("CONFLICT", "This location already has a bank account.");
      },
    },
  );
}
