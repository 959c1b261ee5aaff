import { type Connection, ConnectionArgs, DateScalar, idOrNull, pageArgsOf, paginate, type RequestContext } from "@psg/shared";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { BusinessProfile } from "../business-profile/business-profile.entity";
import { PartnerCompetency } from "../competency-grant/partner-competency.entity";
import type { Consultant } from "../consultant/consultant.entity";
import { ConsultantConnection } from "../consultant/consultant.type";
import { ProgramEnrollment } from "../enrollment/enrollment.entity";
import { PartnerLocation } from "../location/location.entity";
import { createPartner } from "./create-partner";
import { canSeePartnerDetails, requirePartnerDetails } from "./partner.access";
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

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: "The first day of the program membership. Null unless you are the partner or an operator.",
  })
  membershipStart(@Root() partner: Partner, @Ctx() ctx: RequestContext): string | null {
    return canSeePartnerDetails(ctx.principal, partner.id) ? partner.membershipStart : null;
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: "The last day of the program membership. Null unless you are the partner or an operator.",
  })
  membershipEnd(@Root() partner: Partner, @Ctx() ctx: RequestContext): string | null {
    return canSeePartnerDetails(ctx.principal, partner.id) ? partner.membershipEnd : null;
  }

  @FieldResolver(() => [PartnerLocation], { description: "The partner's offices, oldest first (the partner and operators)." })
  locations(@Root() partner: Partner, @Ctx() ctx: RequestContext): Promise<PartnerLocation[]> {
    requirePartnerDetails(ctx.principal, partner.id);
    return partnerLoaders(ctx).locationsOf.load(partner.id);
  }

  @FieldResolver(() => [PartnerCompetency], {
    description: "The competencies the partner holds, lapsed ones included (the partner and operators).",
  })
  competencies(@Root() partner: Partner, @Ctx() ctx: RequestContext): Promise<PartnerCompetency[]> {
    requirePartnerDetails(ctx.principal, partner.id);
    return partnerLoaders(ctx).competenciesOf.load(partner.id);
  }

  @FieldResolver(() => ConsultantConnection, {
    description: "The partner's consultants, oldest first (the partner and operators).",
  })
  consultants(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<Consultant>> {
    requirePartnerDetails(ctx.principal, partner.id);
    return partnerLoaders(ctx).consultantPage.load({ parentId: partner.id, ...pageArgsOf(args) });
  }

  @FieldResolver(() => [ProgramEnrollment], {
    description: "One per offering the partner ever enrolled in (the partner and operators).",
  })
  enrollments(@Root() partner: Partner, @Ctx() ctx: RequestContext): Promise<ProgramEnrollment[]> {
    requirePartnerDetails(ctx.principal, partner.id);
    return partnerLoaders(ctx).enrollmentsOf.load(partner.id);
  }

  @FieldResolver(() => [BusinessProfile], {
    description: "How the partner presents itself, one profile per region (the partner and operators).",
  })
  businessProfiles(@Root() partner: Partner, @Ctx() ctx: RequestContext): Promise<BusinessProfile[]> {
    requirePartnerDetails(ctx.principal, partner.id);
    return partnerLoaders(ctx).profilesOf.load(partner.id);
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
