import {
  audit,
  DomainError,
  isUniqueViolation,
  isUuid,
  type PartnerLocationsResult,
  type RequestContext,
  requireService,
} from "@psg/shared";
import { Arg, Ctx, Directive, ID, Mutation, Query, Resolver } from "type-graphql";
import { partnerForChange } from "../partner/partner.guard";
import { partnerLoaders } from "../partner/partner.loaders";
import { PartnerLocation } from "./location.entity";
import { checkNewLocation } from "./location.rules";
import { AddPartnerLocationInput, InternalPartnerLocation } from "./location.type";

@Resolver(() => PartnerLocation)
export class PartnerLocationResolver {
  @Mutation(() => PartnerLocation, { description: "Operators, or the partner's GLOBAL_ADMIN or PARTNER_ADMIN." })
  async addPartnerLocation(@Arg("input") input: AddPartnerLocationInput, @Ctx() ctx: RequestContext): Promise<PartnerLocation> {
    const partner = await partnerForChange(ctx, input.partnerId, "GLOBAL_ADMIN", "PARTNER_ADMIN");
    const values = { mpnLocationId: input.mpnLocationId.trim(), country: input.country, address: input.address.trim() };
    checkNewLocation(values);
    try {
      return await ctx.db.transaction(async (manager) => {
        const saved = await manager.save(
          manager.create(PartnerLocation, { ...values, partnerId: partner.id, createdAt: ctx.now }),
        );
        await audit(manager, {
          actor: ctx.principal,
          action: "partner_location.created",
          entity: "partner_location",
          entityId: saved.id,
          after: saved,
          at: ctx.now,
        });
        return saved;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError("CONFLICT", `The partner already has a location with MPN location id ${values.mpnLocationId}.`);
      }
      throw error;
    }
  }

  @Directive("@inaccessible")
  @Query(() => [InternalPartnerLocation], { nullable: "items", description: "Internal: locations by id, null for unknown." })
  async _partnerLocations(
    @Arg("ids", () => [ID]) ids: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<PartnerLocationsResult["_partnerLocations"]> {
    requireService(ctx.principal);
    const loader = partnerLoaders(ctx).location;
    const found = await Promise.all(ids.map((id) => (isUuid(id) ? loader.load(id) : null)));
    return found.map((l) => (l ? { id: l.id, partnerId: l.partnerId, country: l.country } : null));
  }
}
