import { idOrNull, PARTNER_ADMINS, type PartnerLocationsResult, type RequestContext, SERVICE } from "@psg/shared";
import { Arg, Authorized, Ctx, Directive, ID, Mutation, Query, Resolver } from "type-graphql";
import { addPartnerLocation } from "./add-partner-location";
import { PartnerLocation } from "./location.entity";
import { locationLoaders } from "./location.loaders";
import { AddPartnerLocationInput, InternalPartnerLocation } from "./location.type";

@Resolver(() => PartnerLocation)
export class PartnerLocationResolver {
  @Authorized(...PARTNER_ADMINS)
  @Mutation(() => PartnerLocation, {
    description: "Adds an office to a partner: operators, or the partner's GLOBAL_ADMIN or PARTNER_ADMIN.",
  })
  addPartnerLocation(
    @Arg("input", { description: "The partner and the new location." }) input: AddPartnerLocationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnerLocation> {
    return addPartnerLocation(ctx, input);
  }

  @Authorized(SERVICE)
  @Directive("@inaccessible")
  @Query(() => [InternalPartnerLocation], { nullable: "items", description: "Internal: locations by id, null for unknown." })
  async _partnerLocations(
    @Arg("ids", () => [ID], { description: "The locations asked about." }) ids: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<PartnerLocationsResult["_partnerLocations"]> {
    const loader = locationLoaders(ctx).location;
    const found = await Promise.all(ids.map(idOrNull).map((id) => (id ? loader.load(id) : null)));
    return found.map((l) => (l ? { id: l.id, partnerId: l.partnerId, country: l.country } : null));
  }
}
