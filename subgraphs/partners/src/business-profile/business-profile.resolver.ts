import { type RequestContext, upsertAudited } from "@psg/shared";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { partnerForChange } from "../partner/partner.guard";
import { BusinessProfile } from "./business-profile.entity";
import { checkBusinessProfile } from "./business-profile.rules";
import { UpsertBusinessProfileInput } from "./business-profile.type";

@Resolver(() => BusinessProfile)
export class BusinessProfileResolver {
  @Mutation(() => BusinessProfile, {
    description: "Operators, or the partner's GLOBAL_ADMIN or PARTNER_ADMIN. One profile per region.",
  })
  async upsertBusinessProfile(
    @Arg("input") input: UpsertBusinessProfileInput,
    @Ctx() ctx: RequestContext,
  ): Promise<BusinessProfile> {
    const partner = await partnerForChange(ctx, input.partnerId, "GLOBAL_ADMIN", "PARTNER_ADMIN");
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
    return upsertAudited(
      ctx.db,
      ctx.principal,
      ctx.now,
      BusinessProfile,
      { partnerId: partner.id, region: values.region },
      values,
      { entity: "business_profile", id: (p) => `${p.partnerId}/${p.region}` },
    );
  }
}
