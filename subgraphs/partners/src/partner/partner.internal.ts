import {
  byKey,
  type InternalPartner as InternalPartnerContract,
  type PartnersByMpnIdResult,
  type RequestContext,
  SERVICE,
} from "@psg/shared";
import { Arg, Authorized, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from "type-graphql";
import { In } from "typeorm";
import { Partner } from "./partner.entity";

@Directive("@inaccessible")
@ObjectType({ description: "Internal: a partner as services see it." })
export class InternalPartner implements InternalPartnerContract {
  @Field(() => ID, { description: "The partner's id." })
  id: string;

  @Field({ description: "The partner's Microsoft Partner Network id." })
  mpnId: string;
}

/** What the partners subgraph tells other services about partners (never clients). */
@Resolver()
export class PartnerInternalResolver {
  @Authorized(SERVICE)
  @Directive("@inaccessible")
  @Query(() => [InternalPartner], { nullable: "items", description: "Internal: partners by MPN id, null for unknown ones." })
  async _partnersByMpnId(
    @Arg("mpnIds", () => [String], { description: "The MPN ids asked about." }) mpnIds: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<PartnersByMpnIdResult["_partnersByMpnId"]> {
    const ids = mpnIds.map((id) => id.trim());
    const found = ids.length === 0 ? [] : await ctx.db.getRepository(Partner).findBy({ mpnId: In(ids) });
    return byKey(ids, found, (p) => p.mpnId).map((p) => (p ? { id: p.id, mpnId: p.mpnId } : null));
  }
}
