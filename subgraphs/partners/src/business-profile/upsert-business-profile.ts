import { type RequestContext, upsertAudited } from "@psg/shared";
import { partnerForChange } from "../partner/partner.access";
import { BusinessProfile } from "./business-profile.entity";
import { checkBusinessProfile } from "./business-profile.rules";
import type { UpsertBusinessProfileInput } from "./business-profile.type";

/** A partner's profile for one region: created, or replaced when the region has one. */
export async function upsertBusinessProfile(ctx: RequestContext, input: UpsertBusinessProfileInput): Promise<BusinessProfile> {
  const partner = await partnerForChange(ctx, input.partnerId);
  const values = {
    partnerId: partner.id,
    region: input.region.trim(),
    description: input.description.trim(),
    website: input.website?.trim() || null,
    industries: input.industries.map((i) => i.trim()),
    products: input.products.map((p) => p.trim()),
    updatedAt: ctx.now,
  };
  checkBusinessProfile(values);
  return upsertAudited(ctx, BusinessProfile, { partnerId: partner.id, region: values.region }, values, {
    resource: "business_profile",
    id: (p) => `${p.partnerId}/${p.region}`,
  });
}
