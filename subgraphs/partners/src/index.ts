export { SEED_ENGAGEMENT_TYPES } from "./catalog/catalog.seed";
export { buildPartnersSchema } from "./schema";
export { startPartners } from "./service";
