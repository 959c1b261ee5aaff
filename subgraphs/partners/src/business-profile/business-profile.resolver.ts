import { PARTNER_ADMINS, type RequestContext } from "@psg/shared";
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { BusinessProfile } from "./business-profile.entity";
import { UpsertBusinessProfileInput } from "./business-profile.type";
import { upsertBusinessProfile } from "./upsert-business-profile";

@Resolver(() => BusinessProfile)
export class BusinessProfileResolver {
  @Authorized(...PARTNER_ADMINS)
  @Mutation(() => BusinessProfile, {
    description:
      "Creates or replaces the partner's profile for one region: operators, or the partner's GLOBAL_ADMIN or PARTNER_ADMIN.",
  })
  upsertBusinessProfile(
    @Arg("input", { description: "The partner, the region and the profile." }) input: UpsertBusinessProfileInput,
    @Ctx() ctx: RequestContext,
  ): Promise<BusinessProfile> {
    return upsertBusinessProfile(ctx, input);
  }
}
