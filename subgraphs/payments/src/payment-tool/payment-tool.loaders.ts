import { byKey, groupByKey, type RequestContext } from "@psg/shared";
import { In } from "typeorm";
import { BankAccount } from "../bank-account/bank-account.entity";
import { PaymentToolRegistration } from "./payment-tool-registration.entity";

/** Per-request batched reads of what a partner set up to be paid. */
export const partnerSetupLoaders = (ctx: RequestContext) => ({
  registrationsOf: ctx.loaders.get<string, PaymentToolRegistration[]>("registrationsByPartner", async (ids) =>
    groupByKey(
      ids,
      await ctx.db
        .getRepository(PaymentToolRegistration)
        .find({ where: { partnerId: In([...ids]) }, order: { offeringCode: "ASC" } }),
      (r) => r.partnerId,
    ),
  ),
  bankAccountsOf: ctx.loaders.get<string, BankAccount[]>("bankAccountsByPartner", async (ids) =>
    groupByKey(
      ids,
      await ctx.db.getRepository(BankAccount).find({ where: { partnerId: In([...ids]) }, order: { createdAt: "ASC" } }),
      (a) => a.partnerId,
    ),
  ),
  bankAccountOfLocation: ctx.loaders.get<string, BankAccount | null>("bankAccountByLocation", async (ids) =>
    byKey(ids, await ctx.db.getRepository(BankAccount).findBy({ locationId: In([...ids]) }), (a) => a.locationId),
  ),
});
