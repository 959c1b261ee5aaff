export { SEED_ENGAGEMENT_TYPES } from "./catalog/catalog.seed";
export { entities as partnersEntities, migrations as partnersMigrations, SCHEMA as PARTNERS_SCHEMA } from "./database";
export { buildPartnersSchema } from "./schema";
export { startPartners } from "./service";
