import { createRecorded, DomainError, type RequestContext } from "@psg/shared";
import { Partner } from "./partner.entity";
import { checkNewPartner } from "./partner.rules";
import type { CreatePartnerInput } from "./partner.type";

/** A new partner: its MPN id is unique in the program. */
export function createPartner(ctx: RequestContext, input: CreatePartnerInput): Promise<Partner> {
  const values = { ...input, mpnId: input.mpnId.trim(), legalName: input.legalName.trim() };
  checkNewPartner(values);
  return createRecorded(
    ctx,
    Partner,
    { ...values, createdAt: ctx.now },
    {
      resource: "partner",
      duplicate: () => {
        throw new DomainError("CONFLICT", `A partner with MPN id ${values.mpnId} already exists.`);
      },
    },
  );
}
