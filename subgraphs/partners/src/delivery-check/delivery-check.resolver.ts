import { type DeliveryChecksResult, isUuid, type OfferingsResult, type RequestContext, requireService } from "@psg/shared";
import { Arg, Ctx, Directive, Query, Resolver } from "type-graphql";
import { catalogLoaders } from "../catalog/catalog.loaders";
import { partnerLoaders } from "../partner/partner.loaders";
import { deliveryVerdict } from "./delivery-check.rules";
import { DeliveryCheckInput, DeliveryCheckResult, InternalOffering } from "./delivery-check.type";
import { partnerTypeFacts } from "./delivery-facts";

const NO_ID = "00000000-0000-0000-0000-000000000000";
const uuidOrNone = (id: string): string => (isUuid(id) ? id : NO_ID);

@Resolver()
export class DeliveryCheckResolver {
  @Directive("@inaccessible")
  @Query(() => [DeliveryCheckResult], { description: "Internal: one verdict per input, in order." })
  _deliveryChecks(
    @Arg("inputs", () => [DeliveryCheckInput]) inputs: DeliveryCheckInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<DeliveryChecksResult["_deliveryChecks"]> {
    requireService(ctx.principal);
    return Promise.all(inputs.map((input) => check(ctx, input)));
  }

  @Directive("@inaccessible")
  @Query(() => [InternalOffering], { nullable: "items", description: "Internal: offerings by code, null for unknown." })
  _offerings(@Arg("codes", () => [String]) codes: string[], @Ctx() ctx: RequestContext): Promise<OfferingsResult["_offerings"]> {
    requireService(ctx.principal);
    const catalog = catalogLoaders(ctx);
    return Promise.all(
      codes.map(async (code) => {
        const offering = await catalog.offering.load(code);
        if (!offering) return null;
        const types = (await catalog.engagementTypesOfOffering.load(code)).filter((t) => t.status === "ACTIVE");
        const levels = [...new Set(types.flatMap((t) => t.allowedServiceLevels))].sort((a, b) => a - b);
        return { code: offering.code, status: offering.status, allowedServiceLevels: levels };
      }),
    );
  }
}

async function check(ctx: RequestContext, input: DeliveryCheckInput): Promise<DeliveryCheckResult> {
  const partners = partnerLoaders(ctx);
  const consultantIds = input.consultantIds ?? null;
  const [facts, location, consultants] = await Promise.all([
    partnerTypeFacts(ctx, uuidOrNone(input.partnerId), uuidOrNone(input.engagementTypeId)),
    input.locationId ? partners.location.load(uuidOrNone(input.locationId)) : null,
    Promise.all(
      (consultantIds ?? []).map(async (id) => {
        const consultant = await partners.consultant.load(uuidOrNone(id));
        return consultant ? { partnerId: consultant.partnerId, passes: await partners.examPassesOf.load(consultant.id) } : null;
      }),
    ),
  ]);
  const verdict = deliveryVerdict({
    ...facts,
    at: input.at,
    offeringCode: input.offeringCode ?? null,
    locationId: input.locationId ?? null,
    location,
    country: input.country ?? null,
    consultantIds,
    consultants,
  });
  const type = facts.engagementType;
  return {
    ...verdict,
    offeringCode: type?.offeringCode ?? null,
    maxDays: type?.maxDays ?? null,
    allowedServiceLevels: type?.allowedServiceLevels ?? null,
  };
}
