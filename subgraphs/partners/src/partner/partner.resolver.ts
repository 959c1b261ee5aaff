import {
  audit,
  type Connection,
  ConnectionArgs,
  DateScalar,
  DomainError,
  isUniqueViolation,
  isUuid,
  notFound,
  pageArgsOf,
  paginate,
  type RequestContext,
  requireKey,
  requireRole,
} from "@psg/shared";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { BusinessProfile } from "../business-profile/business-profile.entity";
import { PartnerCompetency } from "../competency-grant/partner-competency.entity";
import type { Consultant } from "../consultant/consultant.entity";
import { ConsultantConnection } from "../consultant/consultant.type";
import { ProgramEnrollment } from "../enrollment/enrollment.entity";
import { PartnerLocation } from "../location/location.entity";
import { Partner } from "./partner.entity";
import { partnerLoaders } from "./partner.loaders";
import { canSeePartnerDetails, checkMembershipDates, checkNewPartner, searchPrefix } from "./partner.rules";
import { CreatePartnerInput, PartnerConnection, PartnersArgs, RenewMembershipInput } from "./partner.type";

/** Fields only the partner itself and operators may read. */
function ownDetails(partner: Partner, ctx: RequestContext): void {
  if (!canSeePartnerDetails(ctx.principal, partner.id)) {
    throw new DomainError("FORBIDDEN", "Only the partner itself and program operators may see this.");
  }
}

@Resolver(() => Partner)
export class PartnerResolver {
  @Query(() => Partner, { nullable: true, description: "Operators see every partner; a partner's keys only their own." })
  async partner(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Partner | null> {
    requireKey(ctx.principal);
    if (!isUuid(id) || !canSeePartnerDetails(ctx.principal, id)) return null;
    return partnerLoaders(ctx).partner.load(id);
  }

  @Query(() => PartnerConnection, { description: "Operators only." })
  partners(@Args() args: PartnersArgs, @Ctx() ctx: RequestContext): Promise<Connection<Partner>> {
    requireRole(ctx.principal, "OPERATOR");
    const qb = ctx.db.getRepository(Partner).createQueryBuilder("p");
    if (args.search?.trim()) {
      qb.where("(lower(p.legal_name) LIKE :prefix OR p.mpn_id = :exact)", {
        prefix: searchPrefix(args.search),
        exact: args.search.trim(),
      });
    }
    return paginate(qb, args, "legalName");
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: "Null unless you are the partner or an operator." })
  membershipStart(@Root() partner: Partner, @Ctx() ctx: RequestContext): string | null {
    return canSeePartnerDetails(ctx.principal, partner.id) ? partner.membershipStart : null;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: "The last day of the membership." })
  membershipEnd(@Root() partner: Partner, @Ctx() ctx: RequestContext): string | null {
    return canSeePartnerDetails(ctx.principal, partner.id) ? partner.membershipEnd : null;
  }

  @FieldResolver(() => [PartnerLocation])
  locations(@Root() partner: Partner, @Ctx() ctx: RequestContext): Promise<PartnerLocation[]> {
    ownDetails(partner, ctx);
    return partnerLoaders(ctx).locationsOf.load(partner.id);
  }

  @FieldResolver(() => [PartnerCompetency])
  competencies(@Root() partner: Partner, @Ctx() ctx: RequestContext): Promise<PartnerCompetency[]> {
    ownDetails(partner, ctx);
    return partnerLoaders(ctx).competenciesOf.load(partner.id);
  }

  @FieldResolver(() => ConsultantConnection)
  consultants(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<Consultant>> {
    ownDetails(partner, ctx);
    return partnerLoaders(ctx).consultantPage.load({ parentId: partner.id, ...pageArgsOf(args) });
  }

  @FieldResolver(() => [ProgramEnrollment], { description: "One per offering the partner ever enrolled in." })
  enrollments(@Root() partner: Partner, @Ctx() ctx: RequestContext): Promise<ProgramEnrollment[]> {
    ownDetails(partner, ctx);
    return partnerLoaders(ctx).enrollmentsOf.load(partner.id);
  }

  @FieldResolver(() => [BusinessProfile])
  businessProfiles(@Root() partner: Partner, @Ctx() ctx: RequestContext): Promise<BusinessProfile[]> {
    ownDetails(partner, ctx);
    return partnerLoaders(ctx).profilesOf.load(partner.id);
  }

  @Mutation(() => Partner, { description: "Operators only." })
  async createPartner(@Arg("input") input: CreatePartnerInput, @Ctx() ctx: RequestContext): Promise<Partner> {
    const caller = requireRole(ctx.principal, "OPERATOR");
    const values = { ...input, mpnId: input.mpnId.trim(), legalName: input.legalName.trim() };
    checkNewPartner(values);
    try {
      return await ctx.db.transaction(async (manager) => {
        const saved = await manager.save(manager.create(Partner, { ...values, createdAt: ctx.now }));
        await audit(manager, {
          actor: caller,
          action: "partner.created",
          entity: "partner",
          entityId: saved.id,
          after: saved,
          at: ctx.now,
        });
        return saved;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError("CONFLICT", `A partner with MPN id ${values.mpnId} already exists.`);
      throw error;
    }
  }

  @Mutation(() => Partner, { description: "Operators only: sets a new last day of membership." })
  async renewMembership(@Arg("input") input: RenewMembershipInput, @Ctx() ctx: RequestContext): Promise<Partner> {
    const caller = requireRole(ctx.principal, "OPERATOR");
    if (!isUuid(input.partnerId)) return notFound("Partner");
    return ctx.db.transaction(async (manager) => {
      const before = await manager.findOne(Partner, { where: { id: input.partnerId }, lock: { mode: "pessimistic_write" } });
      if (!before) return notFound("Partner");
      checkMembershipDates({ membershipStart: before.membershipStart, membershipEnd: input.membershipEnd });
      const saved = await manager.save(
        manager.merge(Partner, manager.create(Partner, { ...before }), { membershipEnd: input.membershipEnd }),
      );
      await audit(manager, {
        actor: caller,
        action: "partner.membership_renewed",
        entity: "partner",
        entityId: saved.id,
        before: { membershipEnd: before.membershipEnd },
        after: { membershipEnd: saved.membershipEnd },
        at: ctx.now,
      });
      return saved;
    });
  }
}
