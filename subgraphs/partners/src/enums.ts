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

registerEnumType(Role, {
  name: "Role",
  description: "What an API key may do; each kind of organisation has its own roles.",
  valuesConfig: {
    OPERATOR: { description: "The program's operators: the catalog, organisations, payment decisions; sees everything." },
    GLOBAL_ADMIN: {
      description: "A partner's administrator: everything a partner may do, incl. enrolment, payment tools and API keys.",
    },
    PARTNER_ADMIN: {
      description: "A partner's delivery administrator: profile, locations, consultants, vouchers, engagements, reports.",
    },
    BILLING_ADMIN: { description: "A partner's billing administrator: bank accounts and payment requests." },
    BENEFITS_ADMIN: { description: "A customer's administrator: activates the benefit, creates, assigns and cancels vouchers." },
    PROJECT_MANAGER: {
      description: "A customer's project manager: reads the customer's vouchers, engagements and deliverables.",
    },
  },
});
registerEnumType(OrganizationKind, {
  name: "OrganizationKind",
  description: "Who an API key acts for: the program's operators, a partner or a customer.",
  valuesConfig: {
    OPERATOR: { description: "The program itself (its operators)." },
    PARTNER: { description: "A partner organisation that delivers planning services." },
    CUSTOMER: { description: "A customer organisation whose benefit pays for planning services." },
  },
});
registerEnumType(CompetencyLevel, {
  name: "CompetencyLevel",
  description: "SILVER is met by SILVER or GOLD.",
  valuesConfig: {
    SILVER: { description: "The entry level of a competency." },
    GOLD: { description: "The higher level; meets a SILVER requirement too." },
  },
});
registerEnumType(OfferingStatus, {
  name: "OfferingStatus",
  description: "ACTIVE, or RETIRED: kept for history, closed to new business.",
  valuesConfig: {
    ACTIVE: { description: "Open to new business." },
    RETIRED: { description: "Kept for history; no new vouchers, enrolments or reservations use it." },
  },
});
