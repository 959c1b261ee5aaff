import { createRecorded, DomainError, type RequestContext } from "@psg/shared";
import { partnerForChange } from "../partner/partner.access";
import { Consultant } from "./consultant.entity";
import { checkNewConsultant } from "./consultant.rules";
import type { AddConsultantInput } from "./consultant.type";

/** A partner's new consultant; an e-mail address names one consultant per partner. */
export async function addConsultant(ctx: RequestContext, input: AddConsultantInput): Promise<Consultant> {
  const partner = await partnerForChange(ctx, input.partnerId);
  const values = { name: input.name.trim(), email: input.email.trim() };
  checkNewConsultant(values);
  return createRecorded(
    ctx,
    Consultant,
    { ...values, partnerId: partner.id, createdAt: ctx.now },
    {
      resource: "consultant",
      duplicate: () => {
        throw new DomainError("CONFLICT", `The partner already has a consultant with e-mail ${values.email}.`);
      },
    },
  );
}
