import { DomainError, notFound, type RequestContext, recordChange } from "@psg/shared";
import type { EntityManager } from "typeorm";
import { catalogLoaders } from "../catalog/catalog.loaders";
import { competencyGrantLoaders } from "../competency-grant/competency-grant.loaders";
import { holdsQualifyingCompetency } from "../competency-grant/competency-grant.rules";
import { partnerForChange } from "../partner/partner.access";
import { ProgramEnrollment } from "./enrollment.entity";
import { alreadyEnrolled, checkEnrollment, enrollmentExpiresAt } from "./enrollment.rules";
import type { EnrollInOfferingInput } from "./enrollment.type";

const alreadyEnrolledError = (offeringCode: string) =>
  new DomainError("ALREADY_ENROLLED", `The partner is already enrolled in ${offeringCode} and the enrolment has not expired.`);

/**
 * Enrols a partner in an offering for a year, or renews an expired enrolment for a year from
 * now: the rules of `checkEnrollment`, then one race-safe write, its audit row and its
 * `enrollment.enrolled` event.
 */
export async function enrollInOffering(ctx: RequestContext, input: EnrollInOfferingInput): Promise<ProgramEnrollment> {
  const partner = await partnerForChange(ctx, input.partnerId);
  const catalog = catalogLoaders(ctx);
  const offering = (await catalog.offering.load(input.offeringCode)) ?? notFound(`Offering ${input.offeringCode}`);
  const types = (await catalog.engagementTypesOfOffering.load(offering.code)).filter((t) => t.status === "ACTIVE");
  const requirements = (await catalog.requirementsOf.loadMany(types.map((t) => t.id))).map((r) => (r instanceof Error ? [] : r));
  const held = await competencyGrantLoaders(ctx).competenciesOf.load(partner.id);
  checkEnrollment({
    membership: partner,
    offering,
    agreementVersion: input.agreementVersion,
    acceptAgreement: input.acceptAgreement,
    qualifies: requirements.some((r) => holdsQualifyingCompetency(held, r, ctx.now)),
    at: ctx.now,
  });
  return ctx.db.transaction(async (manager) => {
    const before = await manager.findOneBy(ProgramEnrollment, { partnerId: partner.id, offeringCode: offering.code });
    if (alreadyEnrolled(before, ctx.now)) throw alreadyEnrolledError(offering.code);
    const saved = await writeEnrollment(ctx, manager, partner.id, offering.code, input.agreementVersion.trim());
    await recordChange(ctx, manager, {
      resource: "program_enrollment",
      id: saved.id,
      action: before ? "renewed" : "created",
      before: before ?? undefined,
      after: saved,
      event: {
        type: "enrollment.enrolled",
        audiences: [{ kind: "PARTNER", id: saved.partnerId }],
        data: {
          id: saved.id,
          partnerId: saved.partnerId,
          offeringCode: saved.offeringCode,
          agreementVersion: saved.agreementVersion,
          enrolledAt: saved.enrolledAt.toISOString(),
          expiresAt: saved.expiresAt.toISOString(),
        },
      },
    });
    return saved;
  });
}

/**
 * One row per partner and offering, (re)written only when absent or expired, so of
 * concurrent enrolments exactly one wins; the others are ALREADY_ENROLLED.
 */
async function writeEnrollment(
  ctx: RequestContext,
  manager: EntityManager,
  partnerId: string,
  offeringCode: string,
  agreementVersion: string,
): Promise<ProgramEnrollment> {
  const signedBy = ctx.principal.kind === "KEY" ? `key:${ctx.principal.apiKeyId}` : ctx.principal.kind;
  const written: { id: string }[] = await manager.query(
    `INSERT INTO "partners"."program_enrollments" ("partner_id", "offering_code", "agreement_version", "signed_by", "enrolled_at", "expires_at")
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT ("partner_id", "offering_code") DO UPDATE SET
       "agreement_version" = EXCLUDED."agreement_version", "signed_by" = EXCLUDED."signed_by",
       "enrolled_at" = EXCLUDED."enrolled_at", "expires_at" = EXCLUDED."expires_at"
     WHERE "program_enrollments"."expires_at" <= EXCLUDED."enrolled_at"
     RETURNING "id"`,
    [partnerId, offeringCode, agreementVersion, signedBy, ctx.now, enrollmentExpiresAt(ctx.now)],
  );
  if (written.length === 0) throw alreadyEnrolledError(offeringCode);
  return manager.findOneByOrFail(ProgramEnrollment, { id: written[0].id });
}
