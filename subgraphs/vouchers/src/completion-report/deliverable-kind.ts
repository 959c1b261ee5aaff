import { registerEnumType } from "type-graphql";

export const DELIVERABLE_KINDS = [
  "FINDINGS_AND_RECOMMENDATIONS",
  "VISION_AND_SCOPE",
  "SOLUTION_BRIEF",
  "DEPLOYMENT_PLAN",
  "UPGRADE_PLAN",
  "MIGRATION_PLAN",
  "CUSTOM_PLAN",
] as const;
export type DeliverableKind = (typeof DELIVERABLE_KINDS)[number];
export const DeliverableKind = Object.fromEntries(DELIVERABLE_KINDS.map((k) => [k, k])) as { [K in DeliverableKind]: K };
registerEnumType(DeliverableKind, {
  name: "DeliverableKind",
  description: "What kind of plan or document a completion report hands to the customer.",
  valuesConfig: {
    FINDINGS_AND_RECOMMENDATIONS: { description: "A findings-and-recommendations report." },
    VISION_AND_SCOPE: { description: "A vision-and-scope document." },
    SOLUTION_BRIEF: { description: "A solution brief." },
    DEPLOYMENT_PLAN: { description: "A deployment plan." },
    UPGRADE_PLAN: { description: "An upgrade plan." },
    MIGRATION_PLAN: { description: "A migration plan." },
    CUSTOM_PLAN: { description: "Another plan, agreed with the customer." },
  },
});
