import { type Connection, idOrNull, paginate, type RequestContext } from "@psg/shared";
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { createPartner } from "./create-partner";
import { canSeePartnerDetails } from "./partner.access";
import { Partner } from "./partner.entity";
import { partnerLoaders } from "./partner.loaders";
import { searchPrefix } from "./partner.rules";
import { CreatePartnerInput, PartnerConnection, PartnersArgs, RenewMembershipInput } from "./partner.type";
import { renewMembership } from "./renew-membership";

@Resolver(() => Partner)
export class PartnerResolver {
  @Authorized()
  @Query(() => Partner, {
    nullable: true,
    description: "One partner by id. Operators see every partner; a partner's keys only their own; anyone else gets null.",
  })
  async partner(
    @Arg("id", () => ID, { description: "The partner's id." }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Partner | null> {
    const known = idOrNull(id);
    return known && canSeePartnerDetails(ctx.principal, known) ? partnerLoaders(ctx).partner.load(known) : null;
  }

  @Authorized("OPERATOR")
  @Query(() => PartnerConnection, { description: "Every partner of the program, by legal name (operators only)." })
  partners(@Args() args: PartnersArgs, @Ctx() ctx: RequestContext): Promise<Connection<Partner>> {
    const qb = ctx.db.getRepository(Partner).createQueryBuilder("p");
    if (args.search?.trim()) {
      qb.where("(lower(p.legal_name) LIKE :prefix OR p.mpn_id = :exact)", {
        prefix: searchPrefix(args.search),
        exact: args.search.trim(),
      });
    }
    return paginate(qb, args, "legalName");
  }

  @Authorized("OPERATOR")
  @Mutation(() => Partner, { description: "Adds a partner to the program (operators only)." })
  createPartner(
    @Arg("input", { description: "The new partner." }) input: CreatePartnerInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Partner> {
    return createPartner(ctx, input);
  }

  @Authorized("OPERATOR")
  @Mutation(() => Partner, { description: "Sets a new last day of the partner's membership (operators only)." })
  renewMembership(
    @Arg("input", { description: "The partner and its new last day." }) input: RenewMembershipInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Partner> {
    return renewMembership(ctx, input);
  }
}
