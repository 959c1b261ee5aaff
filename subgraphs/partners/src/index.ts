export { buildPartnersSchema } from "./schema";
export { startPartners } from "./service";
