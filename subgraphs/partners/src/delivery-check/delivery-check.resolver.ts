import { type DeliveryChecksResult, idOrNull, type OfferingsResult, type RequestContext, SERVICE } from "@psg/shared";
import { Arg, Authorized, Ctx, Directive, Query, Resolver } from "type-graphql";
import { catalogLoaders } from "../catalog/catalog.loaders";
import { consultantLoaders } from "../consultant/consultant.loaders";
import { locationLoaders } from "../location/location.loaders";
import { deliveryVerdict } from "./delivery-check.rules";
import { DeliveryCheckInput, DeliveryCheckResult, InternalOffering } from "./delivery-check.type";
import { partnerTypeFacts } from "./delivery-facts";

/** A row by a client-given id; an id that cannot name one is answered null without a query. */
const loadOrNull = <T>(loader: { load: (id: string) => Promise<T | null> }, id: string): Promise<T | null> => {
  const known = idOrNull(id);
  return known ? loader.load(known) : Promise.resolve(null);
};

@Resolver()
export class DeliveryCheckResolver {
  @Authorized(SERVICE)
  @Directive("@inaccessible")
  @Query(() => [DeliveryCheckResult], { description: "Internal: one verdict per input, in order." })
  _deliveryChecks(
    @Arg("inputs", () => [DeliveryCheckInput], { description: "The questions, answered in order." }) inputs: DeliveryCheckInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<DeliveryChecksResult["_deliveryChecks"]> {
    return Promise.all(inputs.map((input) => check(ctx, input)));
  }

  @Authorized(SERVICE)
  @Directive("@inaccessible")
  @Query(() => [InternalOffering], { nullable: "items", description: "Internal: offerings by code, null for unknown." })
  _offerings(
    @Arg("codes", () => [String], { description: "The offerings asked about." }) codes: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<OfferingsResult["_offerings"]> {
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
  const consultantReads = consultantLoaders(ctx);
  const consultantIds = input.consultantIds ?? null;
  const [facts, location, consultants] = await Promise.all([
    partnerTypeFacts(ctx, idOrNull(input.partnerId), idOrNull(input.engagementTypeId)),
    input.locationId ? loadOrNull(locationLoaders(ctx).location, input.locationId) : null,
    Promise.all(
      (consultantIds ?? []).map(async (id) => {
        const consultant = await loadOrNull(consultantReads.consultant, id);
        return consultant
          ? { partnerId: consultant.partnerId, passes: await consultantReads.examPassesOf.load(consultant.id) }
          : null;
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
