import { SEED_ENGAGEMENT_TYPES } from "@psg/partners";

const engagementTypeId = (name: string): string => {
  const type = SEED_ENGAGEMENT_TYPES.find((t) => t.name === name);
  if (!type) throw new Error(`the catalog seeds no engagement type named ${name}`);
  return type.id;
};

/** DDPS's Windows and Office Deployment Planning: the engagement type demo data and tests reserve by default. */
export const WINDOWS_AND_OFFICE_DEPLOYMENT_PLANNING = engagementTypeId("Windows and Office Deployment Planning");
