import { ORGANIZATION_KINDS, ROLES } from "@psg/shared";
import { registerEnumType } from "type-graphql";

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const Role = asEnum(ROLES);
export const OrganizationKind = asEnum(ORGANIZATION_KINDS);

export const COMPETENCY_LEVELS = ["SILVER", "GOLD"] as const;
export type CompetencyLevel = (typeof COMPETENCY_LEVELS)[number];
export const CompetencyLevel = asEnum(COMPETENCY_LEVELS);

export const CATALOG_STATUSES = ["ACTIVE", "RETIRED"] as const;
export type CatalogStatus = (typeof CATALOG_STATUSES)[number];
export const OfferingStatus = asEnum(CATALOG_STATUSES);

registerEnumType(Role, { name: "Role", description: "What an API key may do; each kind of organisation has its own roles." });
registerEnumType(OrganizationKind, {
  name: "OrganizationKind",
  description: "Who an API key acts for: the program's operators, a partner or a customer.",
});
registerEnumType(CompetencyLevel, { name: "CompetencyLevel", description: "SILVER is met by SILVER or GOLD." });
registerEnumType(OfferingStatus, {
  name: "OfferingStatus",
  description: "ACTIVE, or RETIRED: kept for history, closed to new business.",
});
