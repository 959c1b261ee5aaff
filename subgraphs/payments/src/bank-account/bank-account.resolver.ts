import { audit, DomainError, isUniqueViolation, type RequestContext } from "@psg/shared";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from "type-graphql";
import { requirePartnerLocation } from "../clients/partners";
import { PartnerLocationRef } from "../federation/partner-location.type";
import { requirePartnerRole } from "../payment-request/payment-request.access";
import { BankAccount } from "./bank-account.entity";
import { checkBankAccount, maskAccountNumber } from "./bank-account.rules";

@InputType()
export class AddBankAccountInput {
  @Field(() => ID)
  partnerId: string;

  @Field(() => ID)
  locationId: string;

  @Field()
  holderName: string;

  @Field({ description: "Stored; shown afterwards only masked." })
  accountNumber: string;

  @Field({ description: "ISO 4217." })
  currency: string;
}

@Resolver(() => BankAccount)
export class BankAccountResolver {
  @FieldResolver(() => PartnerLocationRef, { nullable: true })
  location(@Root() account: BankAccount): PartnerLocationRef {
    return { id: account.locationId };
  }

  @FieldResolver(() => String, { description: 'The last four characters only, e.g. "****4321".' })
  maskedAccountNumber(@Root() account: BankAccount): string {
    return maskAccountNumber(account.accountNumber);
  }

  @Mutation(() => BankAccount, { description: "The account a location is paid to; one per location." })
  async addBankAccount(@Arg("input") input: AddBankAccountInput, @Ctx() ctx: RequestContext): Promise<BankAccount> {
    const caller = requirePartnerRole(ctx.principal, input.partnerId, "GLOBAL_ADMIN", "BILLING_ADMIN");
    const accountNumber = checkBankAccount(input);
    await requirePartnerLocation(ctx, input.partnerId, input.locationId);
    try {
      return await ctx.db.transaction(async (manager) => {
        const saved = await manager.save(
          manager.create(BankAccount, {
            partnerId: input.partnerId,
            locationId: input.locationId,
            holderName: input.holderName.trim(),
            accountNumber,
            currency: input.currency,
            createdAt: ctx.now,
          }),
        );
        await audit(manager, {
          actor: caller,
          action: "bank_account.created",
          entity: "bank_account",
          entityId: saved.id,
          after: { ...saved, accountNumber: maskAccountNumber(accountNumber) },
          at: ctx.now,
        });
        return saved;
      });
    } catch (error) {
      if (!isUniqueViolation(error, "bank_accounts_one_per_location")) throw error;
      throw new DomainError("CONFLICT", "This location already has a bank account.");
    }
  }
}
