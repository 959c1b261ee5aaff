import { PARTNER_BILLING, type RequestContext } from "@psg/shared";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { PartnerLocationRef } from "../federation/partner-location.type";
import { addBankAccount } from "./add-bank-account";
import { BankAccount } from "./bank-account.entity";
import { maskAccountNumber } from "./bank-account.rules";
import { AddBankAccountInput } from "./bank-account.type";

@Resolver(() => BankAccount)
export class BankAccountResolver {
  @FieldResolver(() => PartnerLocationRef, { nullable: true, description: "The location paid to this account." })
  location(@Root() account: BankAccount): PartnerLocationRef {
    return { id: account.locationId };
  }

  @FieldResolver(() => String, { description: 'The last four characters only, e.g. "****4321".' })
  maskedAccountNumber(@Root() account: BankAccount): string {
    return maskAccountNumber(account.accountNumber);
  }

  @Authorized(...PARTNER_BILLING)
  @Mutation(() => BankAccount, {
    description:
      "Adds the account a location is paid to; one per location (the partner's GLOBAL_ADMIN or BILLING_ADMIN, or operators).",
  })
  addBankAccount(
    @Arg("input", { description: "The partner, its location and the account." }) input: AddBankAccountInput,
    @Ctx() ctx: RequestContext,
  ): Promise<BankAccount> {
    return addBankAccount(ctx, input);
  }
}
