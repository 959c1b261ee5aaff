import { createRecorded, DomainError, type RequestContext } from "@psg/shared";
import { partnerForChange } from "../partner/partner.access";
import { PartnerLocation } from "./location.entity";
import { checkNewLocation } from "./location.rules";
import type { AddPartnerLocationInput } from "./location.type";

/** A partner's new office; an MPN location id names one location per partner. */
export async function addPartnerLocation(ctx: RequestContext, input: AddPartnerLocationInput): Promise<PartnerLocation> {
  const partner = await partnerForChange(ctx, input.partnerId);
  const values = { mpnLocationId: input.mpnLocationId.trim(), country: input.country, address: input.address.trim() };
  checkNewLocation(values);
  return createRecorded(
    ctx,
    PartnerLocation,
    { ...values, partnerId: partner.id, createdAt: ctx.now },
    {
      resource: "partner_location",
      duplicate: () => {
        throw new DomainError("CONFLICT", `The partner already has a location with MPN location id ${values.mpnLocationId}.`);
      },
    },
  );
}
