import { isUuid, notFound, type RequestContext, type Role, requireOwnOrganization } from "@psg/shared";
import type { Partner } from "./partner.entity";
import { partnerLoaders } from "./partner.loaders";

/**
 * The partner a change is for, after checking the caller may make it: operators, or a key
 * of that partner holding one of the roles. An unknown partner is NOT_FOUND.
 */
export async function partnerForChange(ctx: RequestContext, partnerId: string, ...roles: Role[]): Promise<Partner> {
  requireOwnOrganization(ctx.principal, "PARTNER", partnerId, ...roles);
  const partner = isUuid(partnerId) ? await partnerLoaders(ctx).partner.load(partnerId) : null;
  return partner ?? notFound("Partner");
}
