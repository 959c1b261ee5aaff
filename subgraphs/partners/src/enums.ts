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

registerEnumType(Role, { name: "Role" });
registerEnumType(OrganizationKind, { name: "OrganizationKind" });
registerEnumType(CompetencyLevel, { name: "CompetencyLevel", description: "SILVER is met by SILVER or GOLD." });
registerEnumType(OfferingStatus, { name: "OfferingStatus" });
