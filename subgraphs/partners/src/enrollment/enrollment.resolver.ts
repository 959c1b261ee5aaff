import { audit, DomainError, notFound, type RequestContext } from "@psg/shared";
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { catalogLoaders } from "../catalog/catalog.loaders";
import { Offering } from "../catalog/offering.entity";
import { holdsQualifyingCompetency } from "../competency-grant/competency-grant.rules";
import { partnerForChange } from "../partner/partner.guard";
import { partnerLoaders } from "../partner/partner.loaders";
import { ProgramEnrollment } from "./enrollment.entity";
import {
  alreadyEnrolled,
  checkEnrollment,
  type EnrollmentStatus,
  enrollmentExpiresAt,
  enrollmentStatus,
} from "./enrollment.rules";
import { EnrollInOfferingInput, EnrollmentStatusEnum } from "./enrollment.type";

const alreadyEnrolledError = (offeringCode: string) =>
  new DomainError("ALREADY_ENROLLED", `The partner is already enrolled in ${offeringCode} and the enrolment has not expired.`);

@Resolver(() => ProgramEnrollment)
export class ProgramEnrollmentResolver {
  @FieldResolver(() => Offering)
  async offering(@Root() enrollment: ProgramEnrollment, @Ctx() ctx: RequestContext): Promise<Offering> {
    return (await catalogLoaders(ctx).offering.load(enrollment.offeringCode)) ?? notFound("Offering");
  }

  @FieldResolver(() => EnrollmentStatusEnum)
  status(@Root() enrollment: ProgramEnrollment, @Ctx() ctx: RequestContext): EnrollmentStatus {
    return enrollmentStatus(enrollment, ctx.now);
  }

  @Mutation(() => ProgramEnrollment, {
    description: "GLOBAL_ADMIN (or operators). Enrols for one year; after expiry, enrolling again renews for a year from now.",
  })
  async enrollInOffering(@Arg("input") input: EnrollInOfferingInput, @Ctx() ctx: RequestContext): Promise<ProgramEnrollment> {
    const partner = await partnerForChange(ctx, input.partnerId, "GLOBAL_ADMIN");
    const catalog = catalogLoaders(ctx);
    const offering = (await catalog.offering.load(input.offeringCode)) ?? notFound(`Offering ${input.offeringCode}`);
    const types = (await catalog.engagementTypesOfOffering.load(offering.code)).filter((t) => t.status === "ACTIVE");
    const requirements = (await catalog.requirementsOf.loadMany(types.map((t) => t.id))).map((r) =>
      r instanceof Error ? [] : r,
    );
    const held = await partnerLoaders(ctx).competenciesOf.load(partner.id);
    checkEnrollment({
      membership: partner,
      offering,
      agreementVersion: input.agreementVersion,
      acceptAgreement: input.acceptAgreement,
      qualifies: requirements.some((r) => holdsQualifyingCompetency(held, r, ctx.now)),
      at: ctx.now,
    });

    const signedBy = ctx.principal.kind === "KEY" ? `key:${ctx.principal.apiKeyId}` : ctx.principal.kind;
    return ctx.db.transaction(async (manager) => {
      const before = await manager.findOneBy(ProgramEnrollment, { partnerId: partner.id, offeringCode: offering.code });
      if (alreadyEnrolled(before, ctx.now)) throw alreadyEnrolledError(offering.code);
      // One row per partner and offering; it is (re)written only when absent or expired, so
      // of concurrent enrolments exactly one wins.
      const written: { id: string }[] = await manager.query(
        `INSERT INTO "partners"."program_enrollments" ("partner_id", "offering_code", "agreement_version", "signed_by", "enrolled_at", "expires_at")
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT ("partner_id", "offering_code") DO UPDATE SET
           "agreement_version" = EXCLUDED."agreement_version", "signed_by" = EXCLUDED."signed_by",
           "enrolled_at" = EXCLUDED."enrolled_at", "expires_at" = EXCLUDED."expires_at"
         WHERE "program_enrollments"."expires_at" <= EXCLUDED."enrolled_at"
         RETURNING "id"`,
        [partner.id, offering.code, input.agreementVersion.trim(), signedBy, ctx.now, enrollmentExpiresAt(ctx.now)],
      );
      if (written.length === 0) {
        throw new DomainError(
          "ALREADY_ENROLLED",
          `The partner is already enrolled in ${offering.code} and the enrolment has not expired.`,
        );
      }
      const saved = await manager.findOneByOrFail(ProgramEnrollment, { id: written[0].id });
      await audit(manager, {
        actor: ctx.principal,
        action: before ? "program_enrollment.renewed" : "program_enrollment.created",
        entity: "program_enrollment",
        entityId: saved.id,
        before: before ?? undefined,
        after: saved,
        at: ctx.now,
      });
      return saved;
    });
  }
}
