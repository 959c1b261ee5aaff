import { notFound, type RequestContext } from "@psg/shared";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { catalogLoaders } from "../catalog/catalog.loaders";
import { Offering } from "../catalog/offering.entity";
import { enrollInOffering } from "./enroll-in-offering";
import { ProgramEnrollment } from "./enrollment.entity";
import { type EnrollmentStatus, enrollmentStatus } from "./enrollment.rules";
import { EnrollInOfferingInput, EnrollmentStatusEnum } from "./enrollment.type";

@Resolver(() => ProgramEnrollment)
export class ProgramEnrollmentResolver {
  @FieldResolver(() => Offering, { description: "The offering enrolled in." })
  async offering(@Root() enrollment: ProgramEnrollment, @Ctx() ctx: RequestContext): Promise<Offering> {
    return (await catalogLoaders(ctx).offering.load(enrollment.offeringCode)) ?? notFound("Offering");
  }

  @FieldResolver(() => EnrollmentStatusEnum, { description: "ENROLLED until the expiry instant, EXPIRED from then on." })
  status(@Root() enrollment: ProgramEnrollment, @Ctx() ctx: RequestContext): EnrollmentStatus {
    return enrollmentStatus(enrollment, ctx.now);
  }

  @Authorized("GLOBAL_ADMIN")
  @Mutation(() => ProgramEnrollment, {
    description: "GLOBAL_ADMIN (or operators). Enrols for one year; after expiry, enrolling again renews for a year from now.",
  })
  enrollInOffering(
    @Arg("input", { description: "The partner, the offering and the accepted agreement." }) input: EnrollInOfferingInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProgramEnrollment> {
    return enrollInOffering(ctx, input);
  }
}
