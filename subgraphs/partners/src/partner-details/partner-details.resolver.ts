import { type Connection, ConnectionArgs, DateScalar, pageArgsOf, type RequestContext } from "@psg/shared";
import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { BusinessProfile } from "../business-profile/business-profile.entity";
import { businessProfileLoaders } from "../business-profile/business-profile.loaders";
import { competencyGrantLoaders } from "../competency-grant/competency-grant.loaders";
import { PartnerCompetency } from "../competency-grant/partner-competency.entity";
import type { Consultant } from "../consultant/consultant.entity";
import { consultantLoaders } from "../consultant/consultant.loaders";
import { ConsultantConnection } from "../consultant/consultant.type";
import { ProgramEnrollment } from "../enrollment/enrollment.entity";
import { enrollmentLoaders } from "../enrollment/enrollment.loaders";
import { PartnerLocation } from "../location/location.entity";
import { locationLoaders } from "../location/location.loaders";
import { canSeePartnerDetails, requirePartnerDetails } from "../partner/partner.access";
import { Partner } from "../partner/partner.entity";

/**
 * A partner's details, seen by the partner itself, operators and services: its membership and
 * what it holds (locations, competencies, consultants, enrolments, business profiles). It sits
 * above the folders it reads, which import partner/ and never this file.
 */
@Resolver(() => Partner)
export class PartnerDetailsResolver {
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
    return locationLoaders(ctx).locationsOf.load(partner.id);
  }

  @FieldResolver(() => [PartnerCompetency], {
    description: "The competencies the partner holds, lapsed ones included (the partner and operators).",
  })
  competencies(@Root() partner: Partner, @Ctx() ctx: RequestContext): Promise<PartnerCompetency[]> {
    requirePartnerDetails(ctx.principal, partner.id);
    return competencyGrantLoaders(ctx).competenciesOf.load(partner.id);
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
    return consultantLoaders(ctx).consultantPage.load({ parentId: partner.id, ...pageArgsOf(args) });
  }

  @FieldResolver(() => [ProgramEnrollment], {
    description: "One per offering the partner ever enrolled in (the partner and operators).",
  })
  enrollments(@Root() partner: Partner, @Ctx() ctx: RequestContext): Promise<ProgramEnrollment[]> {
    requirePartnerDetails(ctx.principal, partner.id);
    return enrollmentLoaders(ctx).enrollmentsOf.load(partner.id);
  }

  @FieldResolver(() => [BusinessProfile], {
    description: "How the partner presents itself, one profile per region (the partner and operators).",
  })
  businessProfiles(@Root() partner: Partner, @Ctx() ctx: RequestContext): Promise<BusinessProfile[]> {
    requirePartnerDetails(ctx.principal, partner.id);
    return businessProfileLoaders(ctx).profilesOf.load(partner.id);
  }
}
